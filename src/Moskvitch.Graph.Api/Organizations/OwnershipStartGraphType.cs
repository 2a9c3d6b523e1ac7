using Moskvitch.Graph.Organizations;

namespace Moskvitch.Graph.Api.Organizations;

public sealed class OwnershipStartGraphType() : DescribedEnumGraphType<OwnershipStart>("How an ownership or operation began.");
