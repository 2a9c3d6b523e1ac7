using System.Text;

namespace Moskvitch.Graph.Tests.Http;

/// <summary>
/// GraphQL documents under the request limits (at most 32 KB) built to make validation work hard: fragments that spread
/// each other, fields that must be merged or fail to merge, inline fragments, directives, variables, arguments, lists
/// and introspection. Shared by the tests (each must validate within its time and allocation budget) and the bench.
/// </summary>
public static class HostileDocuments
{
    private static readonly int[] ChainLengths = [9, 10, 16, 20, 23, 30, 60];

    /// <summary>Every shape, by name.</summary>
    public static IReadOnlyList<(string Name, string Document)> All() =>
    [
        .. ChainLengths.Select(n => ($"fragments F1…F{n}, each spreading the next twice", SpreadChain(n, 2, "name"))),
        ("fragments F1…F12, each spreading the next five times", SpreadChain(12, 5, "name")),
        ("fragments spread under ten aliased look-ups", AliasedSpreadChain(5)),
        ("fragments spread under ten aliased look-ups, beyond the limit", AliasedSpreadChain(20)),
        ("240 fields in a fragment spread twice", WideFragment(240, 2)),
        ("400 fields in a fragment spread twice", WideFragment(400, 2)),
        ("fragment cycle F1 → F2 → F1", "query q { ...F1 } fragment F1 on Query { __typename ...F2 } fragment F2 on Query { __typename ...F1 }"),
        ("fragment cycle, each spreading the other twice", "query q { ...F1 } fragment F1 on Query { __typename ...F2 ...F2 } fragment F2 on Query { __typename ...F1 ...F1 }"),
        ("fragment cycle under a field, each spreading the other three times", "query q { model(slug: \"a\") { ...F1 } } fragment F1 on Model { name ...F2 ...F2 ...F2 } fragment F2 on Model { slug ...F1 ...F1 ...F1 }"),
        ("245 same-named look-ups with different arguments", SameNameDifferentArguments(245)),
        ("245 same-named lists with different arguments", SameNameLists(245)),
        ("same-named look-ups with different arguments through fragments", SameNameThroughFragments(60, 4)),
        ("120 mergeable copies of one look-up, each with three fields", MergeableCopies(120, ["name", "slug", "yearFrom"])),
        ("15 aliased look-ups, each the same 15 fields twice", AliasedRepeats(15, 15)),
        ("nested mergeable connections, four deep", NestedMergeable(4, 12)),
        ("fields on a union and interface through inline fragments", InlineFragmentsOnNode(160)),
        ("inline fragments nested 25 deep", NestedInlineFragments(25)),
        ("every field with @include and @skip", Directives(25)),
        ("2,000 variables, unused", Variables(2_000)),
        ("400 variables, unused", Variables(400)),
        ("2,000 undefined variables in a list", UndefinedVariables(2_000)),
        ("1,500 repeated input fields", RepeatedInputFields(1_500)),
        ("2,000 arguments on one field", Arguments(2_000)),
        ("40 fields with ten unknown arguments each", UnknownArguments(40, 10)),
        ("a list of 2,000 ids", IdList(2_000)),
        ("an input object nested 14 deep", NestedInput(14)),
        ("900 unused fragments", UnusedFragments(900)),
        ("300 operations", Operations(300)),
        ("introspection, types' fields' types' fields", "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"),
        ("introspection, 30 aliased __schema", AliasedIntrospection(30)),
    ];

    public static string SpreadChain(int levels, int spreads, string leaf)
    {
        var text = new StringBuilder("query q { models { nodes { ...F1 } } }");
        for (var i = 1; i < levels; i++)
        {
            text.Append($" fragment F{i} on Model {{ {string.Concat(Enumerable.Repeat($"...F{i + 1} ", spreads))}}}");
        }

        text.Append($" fragment F{levels} on Model {{ {leaf} }}");
        return text.ToString();
    }

    private static string AliasedSpreadChain(int levels)
    {
        var text = new StringBuilder("query q { ");
        for (var i = 0; i < 10; i++)
        {
            text.Append($"m{i}: model(slug: \"moskvitch-412\") {{ ...F1 }} ");
        }

        text.Append('}');
        for (var i = 1; i < levels; i++)
        {
            text.Append($" fragment F{i} on Model {{ ...F{i + 1} ...F{i + 1} }}");
        }

        text.Append($" fragment F{levels} on Model {{ name slug }}");
        return text.ToString();
    }

    private static string WideFragment(int fields, int spreads)
    {
        var names = new[] { "name", "slug", "yearFrom", "yearTo", "code" };
        var body = string.Join(' ', Enumerable.Range(0, fields).Select(i => names[i % names.Length]));
        return $"query q {{ model(slug: \"moskvitch-412\") {{ {string.Concat(Enumerable.Repeat("...W ", spreads))}}} }} fragment W on Model {{ {body} }}";
    }

    private static string SameNameDifferentArguments(int count) =>
        "query q { " + string.Concat(Enumerable.Range(0, count).Select(i => $"model(slug: \"s{i}\") {{ id }} ")) + "}";

    private static string SameNameLists(int count)
    {
        var attributes = new[] { "bodyType", "brand", "code", "name", "slug", "yearFrom", "yearTo" };
        return "query q { model(slug: \"moskvitch-412\") { " + string.Concat(Enumerable.Range(0, count).Select(i => $"claims(attribute: \"{attributes[i % attributes.Length]}\") {{ value }} ")) + "} }";
    }

    private static string SameNameThroughFragments(int fragments, int perFragment)
    {
        var text = new StringBuilder("query q { " + string.Concat(Enumerable.Range(0, fragments).Select(i => $"...G{i} ")) + "}");
        for (var i = 0; i < fragments; i++)
        {
            text.Append($" fragment G{i} on Query {{ {string.Concat(Enumerable.Range(0, perFragment).Select(j => $"model(slug: \"s{i}-{j}\") {{ id }} "))}}}");
        }

        return text.ToString();
    }

    private static string MergeableCopies(int copies, string[] fields) =>
        "query q { " + string.Concat(Enumerable.Repeat($"model(slug: \"moskvitch-412\") {{ {string.Join(' ', fields)} }} ", copies)) + "}";

    private static string AliasedRepeats(int aliases, int fields)
    {
        var names = new[] { "name", "slug", "yearFrom", "yearTo", "code" };
        var body = string.Join(' ', Enumerable.Range(0, fields).Select(i => names[i % names.Length]));
        return "query q { " + string.Concat(Enumerable.Range(0, aliases).Select(i => $"a{i}: model(slug: \"moskvitch-412\") {{ {body} {body} }} ")) + "}";
    }

    private static string NestedMergeable(int depth, int copies)
    {
        var inner = "name";
        for (var i = 0; i < depth; i++)
        {
            inner = string.Concat(Enumerable.Repeat($"variants(first: 2) {{ nodes {{ {inner} }} }} ", i == depth - 1 ? copies : 2));
        }

        return $"query q {{ model(slug: \"moskvitch-400\") {{ {inner} }} }}";
    }

    private static string InlineFragmentsOnNode(int count) =>
        "query q { node(id: \"TW9kZWw6MQ==\") { " + string.Concat(Enumerable.Range(0, count).Select(i => (i % 3) switch
        {
            0 => "... on Model { name } ",
            1 => "... on Engine { name: designation } ",
            _ => "... on Organization { name } ",
        })) + "} }";

    private static string NestedInlineFragments(int depth) =>
        "query q { model(slug: \"moskvitch-412\") { " + string.Concat(Enumerable.Repeat("... on Model { name ", depth)) + new string('}', depth) + " } }";

    private static string Directives(int fields) =>
        "query q($t: Boolean = true) { model(slug: \"moskvitch-412\") { " +
        string.Concat(Enumerable.Range(0, fields).Select(_ => "name @include(if: $t) @skip(if: false) ")) + "} }";

    private static string Variables(int count) =>
        "query q(" + string.Join(", ", Enumerable.Range(0, count).Select(i => $"$v{i}: Int")) + ") { __typename }";

    private static string Arguments(int count) =>
        "query q { model(" + string.Join(", ", Enumerable.Range(0, count).Select(_ => "slug: \"x\"")) + ") { name } }";

    private static string UndefinedVariables(int count) =>
        "query q { nodes(ids: [" + string.Join(',', Enumerable.Range(0, count).Select(i => $"$u{i}")) + "]) { id } }";

    private static string RepeatedInputFields(int count) =>
        "query q { models(where: { " + string.Concat(Enumerable.Repeat("name: { eq: \"x\" } ", count)) + "}) { totalCount } }";

    private static string UnknownArguments(int fields, int arguments) =>
        "query q { " + string.Concat(Enumerable.Range(0, fields).Select(i => $"a{i % 30}: model(" + string.Join(", ", Enumerable.Range(0, arguments).Select(j => $"x{j}: {i}")) + ") { name } ")) + "}";

    private static string IdList(int count) =>
        "query q { nodes(ids: [" + string.Join(',', Enumerable.Repeat("\"TW9kZWw6MQ==\"", count)) + "]) { id } }";

    private static string NestedInput(int depth) =>
        "query q { models(where: " + string.Concat(Enumerable.Repeat("{ and: [", depth)) + "{ name: { eq: \"x\" } }" +
        string.Concat(Enumerable.Repeat("] }", depth)) + ") { nodes { name } } }";

    private static string UnusedFragments(int count) =>
        "query q { __typename } " + string.Concat(Enumerable.Range(0, count).Select(i => $"fragment U{i} on Model {{ name }} "));

    private static string Operations(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"query q{(i == 0 ? "" : i)} {{ model(slug: \"s{i}\") {{ name }} }} "));

    private static string AliasedIntrospection(int count) =>
        "query q { " + string.Concat(Enumerable.Range(0, count).Select(i => $"s{i}: __schema {{ types {{ fields {{ args {{ name type {{ name }} }} }} }} }} ")) + "}";
}
