using Moskvitch.Graph.Production;

namespace Moskvitch.Graph.Api.Production;

public sealed class ExportStatusGraphType() : DescribedEnumGraphType<ExportStatus>("Whether an export happened, was attempted, or is proposed.");
