namespace Moskvitch.Graph.Api.Facts;

public sealed class QualifierGraphType() : DescribedEnumGraphType<Qualifier>("How a source qualifies a number: about, over, under, up to, nearly.");
