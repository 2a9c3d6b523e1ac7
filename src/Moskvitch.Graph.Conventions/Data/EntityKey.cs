using System.Linq.Expressions;
using System.Reflection;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// The key every entity is read by: an <c>int</c> property named <c>Id</c>, the primary key (the engine's one
/// convention about entity classes; the global id is <c>Type:Id</c>).
/// </summary>
public static class EntityKey
{
    public const string Name = "Id";

    /// <summary>Whether <paramref name="type"/> is an entity by this convention (a class with an <c>int Id</c>).</summary>
    public static bool IsEntity(Type type) =>
        type.IsClass && type != typeof(string) && type.GetProperty(Name, BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(int);

    /// <summary>The entity's key.</summary>
    public static int Of<T>(T entity)
        where T : class => Keys<T>.Getter(entity);

    /// <summary><c>e =&gt; e.Id</c>.</summary>
    public static Expression<Func<T, int>> Selector<T>()
        where T : class => Keys<T>.Selector;

    /// <summary><c>e.Id</c> of <paramref name="entity"/> in an expression.</summary>
    public static MemberExpression Access(Expression entity) => Expression.Property(entity, Name);

    /// <summary>
    /// <c>e =&gt; keys.Contains(e.Id)</c>, the keys captured as one variable: EF Core sends them as one array parameter and
    /// reuses the translated query for any set of keys. One key is read by equality (<c>e =&gt; e.Id == key</c>), see
    /// <see cref="KeyMatch{TKey}"/>.
    /// </summary>
    public static Expression<Func<T, bool>> In<T>(IReadOnlyCollection<int> keys)
        where T : class
    {
        var parameter = Expression.Parameter(typeof(T), "e");
        return Expression.Lambda<Func<T, bool>>(KeyMatch<int>(Access(parameter), keys), parameter);
    }

    /// <summary>
    /// <paramref name="column"/> among <paramref name="keys"/>, the keys captured as a variable so that EF Core sends them
    /// as a parameter: <c>column = ANY(@keys)</c>, or <c>column = @key</c> for a single key. PostgreSQL plans a prepared
    /// <c>= ANY(@keys)</c> again on every execution when the array is short (its generic plan, costed for ten elements,
    /// never wins against a custom plan for one), where a prepared equality gets a generic plan after five executions:
    /// a look-up by id then costs the database no planning.
    /// </summary>
    public static Expression KeyMatch<TKey>(Expression column, IReadOnlyCollection<int> keys)
    {
        return keys.Count == 1
            ? Expression.Equal(column, Key((TKey)(object)keys.First()))
            : Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], Keys(keys.Select(k => (TKey)(object)k).ToArray()), column);

        // Closures over parameters named as EF Core names the SQL parameters: @key, @keys.
        static Expression Key(TKey key) => ((Expression<Func<TKey>>)(() => key)).Body;
        static Expression Keys(TKey[] keys) => ((Expression<Func<TKey[]>>)(() => keys)).Body;
    }

    private static class Keys<T>
        where T : class
    {
        public static readonly Expression<Func<T, int>> Selector = Build();
        public static readonly Func<T, int> Getter = Selector.Compile();

        private static Expression<Func<T, int>> Build()
        {
            if (!IsEntity(typeof(T)))
            {
                throw new InvalidOperationException($"{typeof(T).Name} is not an entity: it has no `int {Name}` property.");
            }

            var parameter = Expression.Parameter(typeof(T), "e");
            return Expression.Lambda<Func<T, int>>(Access(parameter), parameter);
        }
    }
}
