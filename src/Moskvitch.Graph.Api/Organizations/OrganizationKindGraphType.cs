using Moskvitch.Graph.Organizations;

namespace Moskvitch.Graph.Api.Organizations;

public sealed class OrganizationKindGraphType() : DescribedEnumGraphType<OrganizationKind>("What kind of organization.");
