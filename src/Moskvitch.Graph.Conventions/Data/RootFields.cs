using GraphQL;
using GraphQL.Types;
using Moskvitch.Graph.Conventions.Data;

namespace Moskvitch.Graph.Conventions;

/// <summary>Root fields every entity kind gets: one by key (global id or slug) and the list.</summary>
public static class RootFields
{
    public const string InvalidIdCode = ErrorCodes.InvalidId;

    /// <summary>
    /// <c>name(id: ID, slug: String): Type</c>. A well-formed id of another type, or an unknown key, gives null; a
    /// malformed id gives an error with code INVALID_ID.
    /// </summary>
    public static void AddLookup<TEntity, TGraph>(this ObjectGraphType query, string name, string typeName, string description, bool bySlug = true)
        where TEntity : class
        where TGraph : IGraphType
    {
        var field = query.Field<TGraph>(name)
            .Description(description)
            .WithMetadata(Direct.DirectFields.LookupKey, new Direct.DirectLookup(typeof(TEntity), typeName, bySlug))
            .Argument<IdGraphType>("id", $"The {typeName}'s global id.");
        if (bySlug)
        {
            field.Argument<StringGraphType>("slug", $"The {typeName}'s slug.");
        }

        field.ResolveAsync(async c => await FindAsync<TEntity>(c, typeName, bySlug));
    }

    /// <summary>
    /// The entity the field's <c>id</c> (global id) or <c>slug</c> argument names: null when nothing has that key or
    /// the id belongs to another type; an error for a malformed id or when not exactly one of them is given. Reads only
    /// the columns the field's selection needs, with its to-one relations joined.
    /// </summary>
    public static async Task<TEntity?> FindAsync<TEntity>(IResolveFieldContext c, string typeName, bool bySlug = true)
        where TEntity : class
    {
        var id = c.GetArgument<string?>("id");
        var slug = bySlug ? c.GetArgument<string?>("slug") : null;
        if ((id is null) == (slug is null))
        {
            throw new ExecutionError(bySlug ? "Give exactly one of `id` and `slug`." : "Give `id`.") { Code = ErrorCodes.InvalidArgument };
        }

        if (id is not null)
        {
            if (!GlobalId.TryDecode(id, out var type, out var key))
            {
                throw new ExecutionError("The node ID string has an invalid format.") { Code = InvalidIdCode };
            }

            return type == typeName ? await c.LoadSelection<TEntity>(key, Selection.Direct(c)).GetResultAsync(c.CancellationToken) : null;
        }

        return await c.QueryAsync(db => Projection.BySlug<TEntity>(db, c.Schema, Selection.Direct(c))(db, slug!, c.CancellationToken));
    }
}
