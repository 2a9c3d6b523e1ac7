using System.Linq.Expressions;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>One sort key: a path from the entity to a scalar, and its direction.</summary>
public sealed record SortKey(LambdaExpression Selector, bool Descending, string Path);
