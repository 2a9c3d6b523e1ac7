using Moskvitch.Graph.Organizations;

namespace Moskvitch.Graph.Api.Organizations;

public sealed class OwnershipRoleGraphType() : DescribedEnumGraphType<OwnershipRole>("The part an organization played: owner, operator, shareholder or partner.");
