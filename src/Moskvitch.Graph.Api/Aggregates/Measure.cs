using System.Linq.Expressions;

namespace Moskvitch.Graph.Api.Aggregates;

/// <summary>A named measure: a numeric column of <typeparamref name="T"/>.</summary>
public sealed record Measure<T>(string Name, LambdaExpression Selector);
