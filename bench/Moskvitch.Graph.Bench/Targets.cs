using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Npgsql;

namespace Moskvitch.Graph.Bench;

/// <summary>The request senders: the service over HTTP, the HTTP floor, and the database floor over Npgsql.</summary>
public static class Targets
{
    public const string SqlHeader = "X-Sql-Statements";

    public static HttpClient Client(int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        UseProxy = false,
        UseCookies = false,
    })
    {
        Timeout = TimeSpan.FromSeconds(120),
    };

    /// <summary>An HTTP client whose connections come from <paramref name="local"/> (any 127.x address is loopback).</summary>
    public static HttpClient ClientFrom(IPAddress local) => new(new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    public sealed record Response(int Status, byte[] Body, int SqlStatements, TimeSpan Elapsed)
    {
        public bool Ok => Status == 200 && !HasErrors(Body);

        public string? FirstError()
        {
            try
            {
                using var json = JsonDocument.Parse(Body);
                return json.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
                    ? errors[0].GetProperty("message").GetString()
                    : Status == 200 ? null : $"HTTP {Status}";
            }
            catch (JsonException)
            {
                return $"HTTP {Status}, not JSON";
            }
        }
    }

    public static bool HasErrors(byte[] body) => body.AsSpan().IndexOf("\"errors\""u8) >= 0;

    public static async Task<Response> PostAsync(HttpClient client, Uri uri, byte[] body, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(request, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var sql = response.Headers.TryGetValues(SqlHeader, out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1;
        return new Response((int)response.StatusCode, bytes, sql, System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }

    public static Func<int, Func<CancellationToken, ValueTask<Outcome>>> Http(HttpClient client, Uri uri, byte[] body) =>
        _ => async cancellationToken =>
        {
            var response = await PostAsync(client, uri, body, cancellationToken);
            return new Outcome(response.Ok, response.SqlStatements);
        };

    /// <summary>
    /// The database floor: each worker holds one connection with the query's statements prepared as one batch (one
    /// round trip per request), and reads every value of every row.
    /// </summary>
    public static Func<int, Func<CancellationToken, ValueTask<Outcome>>> Database(NpgsqlDataSource dataSource, IReadOnlyList<FloorStatement> statements, List<IAsyncDisposable> open) =>
        _ =>
        {
            NpgsqlBatch? batch = null;
            return async cancellationToken =>
            {
                if (batch is null)
                {
                    batch = await PrepareAsync(dataSource, statements, open, cancellationToken);
                }

                await ReadAllAsync(batch, cancellationToken);
                return new Outcome(true);
            };
        };

    public static async Task<NpgsqlBatch> PrepareAsync(NpgsqlDataSource dataSource, IReadOnlyList<FloorStatement> statements, List<IAsyncDisposable> open, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        lock (open)
        {
            open.Add(connection);
        }

        var batch = new NpgsqlBatch(connection);
        foreach (var statement in statements)
        {
            var command = new NpgsqlBatchCommand(statement.Sql);
            foreach (var value in statement.Parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            batch.BatchCommands.Add(command);
        }

        await batch.PrepareAsync(cancellationToken);
        return batch;
    }

    /// <summary>Runs the batch and reads every value; returns the rows of the first result and the last integer of its first column.</summary>
    public static async Task<(int Rows, int LastId)> ReadAllAsync(NpgsqlBatch batch, CancellationToken cancellationToken)
    {
        int rows = 0, lastId = 0;
        var first = true;
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        do
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    _ = reader.GetValue(i);
                }

                if (first)
                {
                    rows++;
                    if (reader.GetFieldType(0) == typeof(int))
                    {
                        lastId = reader.GetInt32(0);
                    }
                }
            }

            first = false;
        }
        while (await reader.NextResultAsync(cancellationToken));
        return (rows, lastId);
    }

    public static async Task CloseAsync(List<IAsyncDisposable> open)
    {
        foreach (var item in open)
        {
            await item.DisposeAsync();
        }

        open.Clear();
    }
}
