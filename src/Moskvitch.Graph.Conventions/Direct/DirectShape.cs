using System.Text.Json;

namespace Moskvitch.Graph.Conventions.Direct;

/// <summary>What a value of a direct statement's JSON stands for in the response: an object written as the array of its values, or a list of them.</summary>
public abstract class DirectShape;

/// <summary>
/// An object: the statement writes <c>[v1, v2, …]</c>, the response <c>{"k1": v1, "k2": v2, …}</c>. Values after the
/// last key (a row's sort-key values, read for its page's cursors) are not written.
/// </summary>
public sealed class ObjectShape(JsonEncodedText[] keys, DirectShape?[] values) : DirectShape
{
    public JsonEncodedText[] Keys { get; } = keys;

    /// <summary>The shape of each value; null for a scalar or a list of scalars, written as it is.</summary>
    public DirectShape?[] Values { get; } = values;
}

/// <summary>A list whose every element has the same shape (a connection's <c>nodes</c>).</summary>
public sealed class ListShape(DirectShape element) : DirectShape
{
    public DirectShape Element { get; } = element;
}

/// <summary>A page cursor: the statement writes the row's sort-key values (<c>[v1, v2, …]</c>) or null, the response the cursor's text.</summary>
public sealed class CursorShape(string signature) : DirectShape
{
    /// <summary>The sort order's signature, as field execution puts it in its cursors.</summary>
    public string Signature { get; } = signature;
}
