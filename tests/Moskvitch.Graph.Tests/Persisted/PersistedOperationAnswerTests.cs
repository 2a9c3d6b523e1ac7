using System.Net.Http.Json;
using System.Text.Json;
using Moskvitch.Graph.Conventions.Persisted;
using Moskvitch.Graph.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Moskvitch.Graph.Tests.Persisted;

/// <summary>
/// The answers to the stored operations (db/operations), run by id with the variables of
/// <see cref="PersistedOperationTests.Operations"/>, pinned in snapshots: a change in any answer, from the data or the
/// code, shows in review as a change of its snapshot file.
/// </summary>
public sealed class PersistedOperationAnswerTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string, string> Operations => PersistedOperationTests.Operations;

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task TheAnswerToEachStoredOperationIsItsSnapshot(string name, string variables)
    {
        var id = PersistedOperations.Hash(File.ReadAllText(Path.Combine(PersistedOperationTests.OperationsDirectory, name + ".graphql")));
        using var response = await api.Client.PostAsJsonAsync("/graphql", new { id, variables = JsonDocument.Parse(variables).RootElement });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.NotEqual(JsonValueKind.Null, body.GetProperty("data").EnumerateObject().First().Value.ValueKind);
        Snapshot.Match(JsonSerializer.Serialize(body.GetProperty("data"), Indented), SnapshotNameExtension.Create(name));
    }
}
