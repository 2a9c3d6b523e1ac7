namespace Moskvitch.Graph.Conventions.Data;

/// <summary>A row's cursor, encoded only when a client asks for it (most pages only need <c>endCursor</c>, if any).</summary>
public sealed class PageCursor(object?[] keys, string signature)
{
    private string? _text;

    public string Text => _text ??= KeysetPaging.Encode(keys, signature);

    public override string ToString() => Text;

    public static implicit operator string(PageCursor cursor) => cursor.Text;
}
