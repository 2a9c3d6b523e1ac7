using System.Globalization;
using System.Text;

namespace Moskvitch.Graph.Api.GraphQL;

/// <summary>Relay global ids in HotChocolate's format: base64 of <c>Type:key</c>.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, int key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{typeName}:{key}")));
}
