using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Moskvitch.Graph.Api.Database;

/// <summary>
/// When a statement ends with its connection broken (PostgreSQL never answered, not even the cancel request), the
/// pool's idle connections may be dead the same way: a network black-hole, a dropped NAT or firewall entry. Clearing
/// the pool makes the next requests open fresh connections instead of each waiting out the timeouts on a dead one.
/// Npgsql clears the pool itself when its command timeout breaks a connection, but not when the request's cancellation
/// did (the GraphQL execution timeout fires with the command timeout), which left one dead connection per later request.
/// </summary>
internal sealed class BrokenConnectionInterceptor : DbCommandInterceptor
{
    public static BrokenConnectionInterceptor Instance { get; } = new();

    private BrokenConnectionInterceptor()
    {
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ClearIfBroken(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ClearIfBroken(command);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => ClearIfBroken(command);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ClearIfBroken(command);
        return Task.CompletedTask;
    }

    private static void ClearIfBroken(DbCommand command)
    {
        if (command.Connection is NpgsqlConnection connection && connection.FullState.HasFlag(ConnectionState.Broken))
        {
            NpgsqlConnection.ClearPool(connection);
        }
    }
}
