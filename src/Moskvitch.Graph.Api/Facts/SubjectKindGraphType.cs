namespace Moskvitch.Graph.Api.Facts;

public sealed class SubjectKindGraphType() : DescribedEnumGraphType<SubjectKind>("The kind of fact a claim is about.");
