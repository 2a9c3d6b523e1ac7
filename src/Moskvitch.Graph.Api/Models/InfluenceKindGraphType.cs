using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class InfluenceKindGraphType() : DescribedEnumGraphType<InfluenceKind>("How a design drew on another: a copy from captured tooling, a licence, a clone, inspiration, a rebadge…");
