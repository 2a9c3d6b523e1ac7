using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>Row sources for connections filtered by one argument of their own.</summary>
public static class RowSources
{
    /// <summary>The rows <paramref name="rows"/> selects with the value of the field's <paramref name="argument"/>, read when the field resolves.</summary>
    public static RowSource<TEntity> ByArgument<TEntity, TValue>(string argument, Func<DbContext, TValue, IQueryable<TEntity>> rows)
        where TEntity : class =>
        field =>
        {
            var value = field.GetArgument<TValue>(argument);
            return db => rows(db, value);
        };
}
