using Moskvitch.Graph.Models;

namespace Moskvitch.Graph.Api.Models;

public sealed class BodyTypeGraphType() : DescribedEnumGraphType<BodyType>("The body style of a model.");
