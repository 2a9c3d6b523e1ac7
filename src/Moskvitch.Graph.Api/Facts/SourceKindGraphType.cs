namespace Moskvitch.Graph.Api.Facts;

public sealed class SourceKindGraphType() : DescribedEnumGraphType<SourceKind>("What a source is: a seed document, a numbered reference of one, or the project's design card.");
