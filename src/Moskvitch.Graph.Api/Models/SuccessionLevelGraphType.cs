using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class SuccessionLevelGraphType() : DescribedEnumGraphType<SuccessionLevel>("What a succession links: one MODEL replacing another within a series, one SERIES following another, or one GENERATION following another (linked through the models that head them).");
