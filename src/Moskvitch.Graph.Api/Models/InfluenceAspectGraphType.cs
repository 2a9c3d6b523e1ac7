using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class InfluenceAspectGraphType() : DescribedEnumGraphType<InfluenceAspect>("What part of a design an influence concerns.");
