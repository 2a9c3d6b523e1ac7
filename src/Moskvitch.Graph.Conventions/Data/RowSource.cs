using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// The rows a connection field selects from its own arguments (beyond <c>where</c> and <c>order</c>): called when the
/// field resolves, it reads those arguments from <paramref name="field"/> and returns a function of the DbContext that
/// keeps only their values, so that the page and the <c>totalCount</c>, which runs later, read the same rows.
/// </summary>
public delegate Func<DbContext, IQueryable<TEntity>> RowSource<TEntity>(IResolveFieldContext field)
    where TEntity : class;
