using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class PlantRoleGraphType() : DescribedEnumGraphType<PlantRole>("A plant's part in building a model: its main plant, a licensed plant, or a plant building it in parallel.");
