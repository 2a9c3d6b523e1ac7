using Moskvitch.Graph.Engines;

namespace Moskvitch.Graph.Api.Engines;

public sealed class AspirationGraphType() : DescribedEnumGraphType<Aspiration>("How an engine takes in air.");
