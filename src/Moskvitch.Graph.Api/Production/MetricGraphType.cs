using Moskvitch.Graph.Api.Facts;
using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Production;

public sealed class MetricGraphType() : DescribedEnumGraphType<Metric>("What a figure measures.");
