using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using GraphQL;
using GraphQLParser.AST;

namespace Moskvitch.Graph.Conventions.Data;

/// <summary>
/// The fields a selection asks for, by name, each with the merged selection beneath it (fragments resolved).
/// <see cref="Key"/> is its canonical text: two resolvers may share a batch only when their selections' keys match.
/// </summary>
public sealed class Selection
{
    private readonly GraphQLDocument _document;
    private readonly Dictionary<string, List<GraphQLSelectionSet>> _fields = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, object> _derived = new();
    private string? _key;

    private Selection(GraphQLDocument document) => _document = document;

    public IReadOnlySet<string> Names => _fields.Keys.ToHashSet(StringComparer.Ordinal);

    public bool Contains(string name) => _fields.ContainsKey(name);

    /// <summary>What is selected beneath <paramref name="name"/>.</summary>
    public Selection Of(string name)
    {
        var inner = new Selection(_document);
        if (_fields.TryGetValue(name, out var sets))
        {
            foreach (var set in sets)
            {
                inner.Add(set);
            }
        }

        return inner;
    }

    // A selection depends on the field's node and its document alone, and cached documents are reused across requests.
    private static readonly ConditionalWeakTable<GraphQLField, Selection> NodesOf = [];
    private static readonly ConditionalWeakTable<GraphQLField, Selection> DirectOf = [];

    /// <summary>The selection under a connection's <c>nodes</c> and <c>edges { node }</c>.</summary>
    public static Selection Nodes(IResolveFieldContext context) =>
        NodesOf.GetValue(context.FieldAst, _ => BuildNodes(context));

    /// <summary>The selection on the object the field returns (a look-up such as <c>model(id:)</c>).</summary>
    public static Selection Direct(IResolveFieldContext context) =>
        DirectOf.GetValue(context.FieldAst, _ => BuildDirect(context));

    private static Selection BuildNodes(IResolveFieldContext context)
    {
        var field = BuildDirect(context);
        var nodes = field.Of("nodes");
        var edgeNodes = field.Of("edges").Of("node");
        foreach (var (name, sets) in edgeNodes._fields)
        {
            nodes.Add(name, null);
            foreach (var set in sets)
            {
                nodes.Add(name, set);
            }
        }

        return nodes;
    }

    private static Selection BuildDirect(IResolveFieldContext context)
    {
        var selection = new Selection(context.Document);
        if (context.FieldAst.SelectionSet is { } set)
        {
            selection.Add(set);
        }

        return selection;
    }

    public string Key => _key ??= BuildKey();

    /// <summary>
    /// A value derived from this selection alone (a projection, a compiled query), built once per
    /// <typeparamref name="TValue"/>: the selections of <see cref="Nodes"/> and <see cref="Direct"/> live as long as
    /// their cached document, so what is derived from them is reused by every request that sends that document.
    /// </summary>
    public TValue Derived<TValue>(Func<Selection, TValue> build)
        where TValue : class =>
        (TValue)_derived.GetOrAdd(typeof(TValue), static (_, state) => state.build(state.self), (build, self: this));

    private string BuildKey()
    {
        var text = new StringBuilder();
        foreach (var name in _fields.Keys.Order(StringComparer.Ordinal))
        {
            text.Append(name);
            var inner = Of(name);
            if (inner._fields.Count > 0)
            {
                text.Append('{').Append(inner.Key).Append('}');
            }

            text.Append(',');
        }

        return text.ToString();
    }

    private void Add(GraphQLSelectionSet set, int depth = 0)
    {
        if (depth > 32)
        {
            return;
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    Add(field.Name.StringValue, field.SelectionSet);
                    break;
                case GraphQLInlineFragment inline:
                    Add(inline.SelectionSet, depth + 1);
                    break;
                case GraphQLFragmentSpread spread:
                    var definition = _document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue);
                    if (definition is not null)
                    {
                        Add(definition.SelectionSet, depth + 1);
                    }

                    break;
            }
        }
    }

    private void Add(string name, GraphQLSelectionSet? set)
    {
        if (!_fields.TryGetValue(name, out var sets))
        {
            _fields[name] = sets = [];
        }

        if (set is not null)
        {
            sets.Add(set);
        }
    }
}
