using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Production;

public sealed class UnitGraphType() : DescribedEnumGraphType<Unit>("The unit of a figure.");
