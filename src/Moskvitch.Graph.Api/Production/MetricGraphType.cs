using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Production;

public sealed class MetricGraphType() : DescribedEnumGraphType<Metric>("What a figure measures.");
