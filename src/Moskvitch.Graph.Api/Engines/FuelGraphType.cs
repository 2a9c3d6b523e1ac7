using Moskvitch.Graph.Engines;

namespace Moskvitch.Graph.Api.Engines;

public sealed class FuelGraphType() : DescribedEnumGraphType<Fuel>("What an engine runs on.");
