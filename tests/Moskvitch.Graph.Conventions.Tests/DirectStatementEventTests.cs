using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Moskvitch.Graph.Conventions.Direct;
using Npgsql;

namespace Moskvitch.Graph.Conventions.Tests;

/// <summary>
/// A direct statement goes to the DbContext's connection itself, not through EF Core's relational command; the context's
/// command interceptors still see it sent, failed or cancelled (the host's statement counter and its pool clearing after
/// a broken connection are such interceptors).
/// </summary>
public sealed class DirectStatementEventTests(LibraryFixture library) : IClassFixture<LibraryFixture>
{
    private const string Query = "{ books(first: 2, order: [{ year: ASC }]) { nodes { title year } } }";

    private DirectExecutionStrategy Strategy => library.Services.GetRequiredService<DirectExecutionStrategy>();

    [Fact]
    public async Task AFailedDirectStatementIsReportedToTheInterceptorsBeforeFieldExecutionAnswersInstead()
    {
        var served = Strategy.Served;
        var (answered, sent, failed, _, _) = await library.RunLoggedAsync(Query);
        Assert.Null(answered?.Errors);
        Assert.Equal(served + 1, Strategy.Served);
        var direct = Assert.Single(sent);
        Assert.Empty(failed);

        await LibraryFixture.ExecuteAsync(library.ConnectionString, "ALTER TABLE book RENAME COLUMN year TO year_renamed");
        try
        {
            var fallbacks = Strategy.Fallbacks;
            var (result, sentThen, failedThen, _, thrown) = await library.RunLoggedAsync(Query);
            Assert.Null(thrown);
            Assert.Equal(fallbacks + 1, Strategy.Fallbacks);
            Assert.Equal(direct, sentThen[0]);

            // The direct statement's failure first, then field execution's own statement, which fails the same way.
            Assert.Equal(direct, failedThen[0]);
            Assert.Equal(sentThen, failedThen);
            Assert.NotEmpty(result!.Errors!);
        }
        finally
        {
            await LibraryFixture.ExecuteAsync(library.ConnectionString, "ALTER TABLE book RENAME COLUMN year_renamed TO year");
        }
    }

    [Fact]
    public async Task ADirectStatementGivenUpWhileItWaitsIsReportedAsCancelled()
    {
        var (_, sent, _, _, _) = await library.RunLoggedAsync(Query);
        var direct = Assert.Single(sent);

        await using var locker = new NpgsqlConnection(library.ConnectionString);
        await locker.OpenAsync();
        await using (var lockTable = new NpgsqlCommand("BEGIN; LOCK TABLE book IN ACCESS EXCLUSIVE MODE", locker))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        using var giveUp = new CancellationTokenSource();
        var running = library.RunLoggedAsync(Query, giveUp.Token);
        var database = new NpgsqlConnectionStringBuilder(library.ConnectionString).Database;
        var clock = Stopwatch.StartNew();
        while (!await WaitingOnALockAsync(library.ConnectionString, database!))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the statement never reached the lock");
            await Task.Delay(50);
        }

        await giveUp.CancelAsync();
        var (_, sentThen, failedThen, cancelledThen, thrown) = await running;
        await using (var release = new NpgsqlCommand("ROLLBACK", locker))
        {
            await release.ExecuteNonQueryAsync();
        }

        Assert.IsAssignableFrom<OperationCanceledException>(thrown);
        Assert.Equal([direct], sentThen);
        Assert.Equal([direct], cancelledThen);
        Assert.Empty(failedThen);
    }

    private static async Task<bool> WaitingOnALockAsync(string connectionString, string database)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @d AND wait_event_type = 'Lock'", connection);
        command.Parameters.AddWithValue("d", database);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
