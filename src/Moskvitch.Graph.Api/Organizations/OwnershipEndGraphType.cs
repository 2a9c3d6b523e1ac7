using Moskvitch.Graph.Organizations;

namespace Moskvitch.Graph.Api.Organizations;

public sealed class OwnershipEndGraphType() : DescribedEnumGraphType<OwnershipEnd>("How an ownership or operation ended.");
