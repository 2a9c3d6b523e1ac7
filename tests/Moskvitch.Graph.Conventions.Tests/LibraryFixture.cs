using System.Data.Common;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Tests.Infrastructure;
using Npgsql;

namespace Moskvitch.Graph.Conventions.Tests;

/// <summary>
/// The library schema served through the conventions over its own PostgreSQL database: a host as small as a host can
/// be (two entity kinds, one registration each), executing GraphQL documents in process and recording the SQL they send.
/// </summary>
public sealed class LibraryFixture : IAsyncLifetime
{
    private readonly StatementLog _log = new();
    private string _admin = "";
    private string _database = "";

    public IServiceProvider Services { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _admin = (await PostgresServer.StartAsync()).AdminConnectionString;
        _database = "conventions_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(_admin, $"CREATE DATABASE {_database}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ConnectionString;
        await ExecuteAsync(ConnectionString, LibraryDb.Sql);

        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder();
        builder.Services.AddPooledDbContextFactory<LibraryDb>(o => o
            .UseNpgsql(ConnectionString)
            .UseSnakeCaseNamingConvention()
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(_log));
        builder.AddGraphConventions<LibrarySchema, LibraryDb>(typeof(LibraryFixture).Assembly, graph => graph
            .AddEntity<Author, AuthorGraphType>()
            .AddEntity<Book, BookGraphType>());
        Services = builder.Build().Services;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    /// <summary>Runs <paramref name="query"/> and returns its result as JSON and the SQL statements it sent, in order.</summary>
    public async Task<(JsonElement Result, IReadOnlyList<string> Sql)> RunAsync(string query)
    {
        await using var scope = Services.CreateAsyncScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        var serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        _log.Begin();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            RequestServices = scope.ServiceProvider,
            UserContext = new Dictionary<string, object?>(),
            ThrowOnUnhandledException = true,
        });
        var sql = _log.End();
        return (JsonDocument.Parse(serializer.Serialize(result)).RootElement.Clone(), sql);
    }

    /// <summary>
    /// Runs <paramref name="query"/> as a request would (errors in the result, a cancellation thrown) and returns the
    /// statements it sent and those the interceptors saw fail or cancelled, in order.
    /// </summary>
    public async Task<(ExecutionResult? Result, IReadOnlyList<string> Sent, IReadOnlyList<string> Failed, IReadOnlyList<string> Cancelled, Exception? Thrown)> RunLoggedAsync(
        string query, CancellationToken cancellationToken = default)
    {
        await using var scope = Services.CreateAsyncScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        _log.Begin();
        ExecutionResult? result = null;
        Exception? thrown = null;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = query,
                RequestServices = scope.ServiceProvider,
                UserContext = new Dictionary<string, object?>(),
                CancellationToken = cancellationToken,
            });
        }
        catch (Exception e)
        {
            thrown = e;
        }

        var sent = _log.End();
        var (failed, cancelled) = _log.Ended();
        return (result, sent, failed, cancelled, thrown);
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The text of the statements sent while a document runs (one document at a time per fixture).</summary>
    private sealed class StatementLog : DbCommandInterceptor
    {
        private readonly List<string> _statements = [];
        private readonly List<string> _failed = [];
        private readonly List<string> _cancelled = [];

        public void Begin()
        {
            lock (_statements)
            {
                _statements.Clear();
                _failed.Clear();
                _cancelled.Clear();
            }
        }

        /// <summary>The statements that failed and those cancelled since <see cref="Begin"/>.</summary>
        public (IReadOnlyList<string> Failed, IReadOnlyList<string> Cancelled) Ended()
        {
            lock (_statements)
            {
                return ([.. _failed], [.. _cancelled]);
            }
        }

        public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            lock (_statements)
            {
                _failed.Add(command.CommandText);
            }

            return base.CommandFailedAsync(command, eventData, cancellationToken);
        }

        public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
        {
            lock (_statements)
            {
                _cancelled.Add(command.CommandText);
            }

            return base.CommandCanceledAsync(command, eventData, cancellationToken);
        }

        public IReadOnlyList<string> End()
        {
            lock (_statements)
            {
                return [.. _statements];
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            lock (_statements)
            {
                _statements.Add(command.CommandText);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
