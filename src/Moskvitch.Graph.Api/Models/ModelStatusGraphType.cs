using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class ModelStatusGraphType() : DescribedEnumGraphType<ModelStatus>("Whether a model was produced, stayed a prototype, or is planned.");
