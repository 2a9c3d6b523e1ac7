using System.Text.Json;

namespace Moskvitch.Graph.Tests.Questions;

/// <summary>Readers for the JSON answers the question tests compare, and the shape every dispute must have.</summary>
internal static class Answer
{
    /// <summary>Follows a dotted path of property names, e.g. <c>sourceModel.maker.slug</c>.</summary>
    public static JsonElement At(this JsonElement element, string path)
    {
        foreach (var name in path.Split('.'))
        {
            element = element.GetProperty(name);
        }

        return element;
    }

    /// <summary>The string at <paramref name="path"/>, or null when the value is JSON null.</summary>
    public static string? Text(this JsonElement element, string path)
    {
        var value = element.At(path);
        return value.ValueKind == JsonValueKind.Null ? null : value.GetString();
    }

    /// <summary>True when the value at <paramref name="path"/> is JSON null.</summary>
    public static bool IsNull(this JsonElement element, string path) => element.At(path).ValueKind == JsonValueKind.Null;

    /// <summary>The items of the array at <paramref name="path"/>.</summary>
    public static JsonElement[] Items(this JsonElement element, string path) => [.. element.At(path).EnumerateArray()];

    /// <summary>The string at <paramref name="itemPath"/> of every item of the array at <paramref name="path"/>, in order.</summary>
    public static string[] Each(this JsonElement element, string path, string itemPath) =>
        [.. element.At(path).EnumerateArray().Select(i => i.At(itemPath).GetString()!)];

    /// <summary>The strings of a string array, sorted ordinally.</summary>
    public static string[] Strings(this JsonElement element, string path) =>
        [.. element.At(path).EnumerateArray().Select(s => s.GetString()!).Order(StringComparer.Ordinal)];

    /// <summary>The slugs of a fact's <c>sources</c>, sorted ordinally.</summary>
    public static string[] Sources(this JsonElement fact) => Sorted(fact.Each("sources", "slug"));

    /// <summary>The single item of the array at <paramref name="path"/> whose <paramref name="itemPath"/> equals <paramref name="value"/>.</summary>
    public static JsonElement One(this JsonElement element, string path, string itemPath, string value) =>
        Assert.Single(element.At(path).EnumerateArray(), i => i.At(itemPath).GetString() == value);

    /// <summary>The claims on one attribute as sorted lines "value ← source, source" (sources sorted ordinally).</summary>
    public static string[] Claims(this JsonElement fact, string attribute) =>
        Sorted(fact.GetProperty("claims").EnumerateArray()
            .Where(c => c.GetProperty("attribute").GetString() == attribute)
            .Select(c => Line(c.GetProperty("value").GetString()!, c.Each("sources", "slug"))));

    /// <summary>
    /// Asserts a dispute: the fact says it is disputed on <paramref name="attribute"/>, its own field (queried under the
    /// same name) is null, and the claims on the attribute are exactly <paramref name="expected"/>, each written
    /// "value ← source, source" in any order.
    /// </summary>
    public static void AssertDisputed(JsonElement fact, string attribute, params string[] expected)
    {
        Assert.True(fact.IsNull(attribute), $"{attribute} should be null while disputed, was {fact.GetProperty(attribute)}");
        AssertDisputedClaimOnly(fact, attribute, expected);
    }

    /// <summary>As <see cref="AssertDisputed"/>, for attributes that exist only as claims (no field of their own).</summary>
    public static void AssertDisputedClaimOnly(JsonElement fact, string attribute, params string[] expected)
    {
        Assert.True(fact.GetProperty("disputed").GetBoolean(), "disputed should be true");
        Assert.Contains(attribute, fact.Strings("disputedAttributes"));
        Assert.Equal(Sorted(expected.Select(Normalize)), fact.Claims(attribute));
    }

    private static string Normalize(string line)
    {
        var parts = line.Split(" ← ");
        return Line(parts[0], parts[1].Split(", "));
    }

    private static string Line(string value, IEnumerable<string> sources) =>
        $"{value} ← {string.Join(", ", sources.Order(StringComparer.Ordinal))}";

    private static string[] Sorted(IEnumerable<string> items) => [.. items.Order(StringComparer.Ordinal)];
}
