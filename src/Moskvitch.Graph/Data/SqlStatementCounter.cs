using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Moskvitch.Graph.Data;

/// <summary>
/// Counts the SQL statements EF Core sends, for tests and the benchmark's statements-per-request figure, and keeps the
/// text of the last few for tests that check what a query reads.
/// </summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private const int Kept = 16;
    private static readonly AsyncLocal<StrongBox<int>?> Scope = new();
    private readonly Queue<string> _recent = new();
    private long _count;

    /// <summary>
    /// Starts counting the statements sent from this async flow (one request) on their own, beside the total; read the
    /// box's value for the count.
    /// </summary>
    public static StrongBox<int> BeginScope() => Scope.Value = new StrongBox<int>();

    /// <summary>The count of the scope this async flow is in (begun by an enclosing request), or a new scope's.</summary>
    public static StrongBox<int> CurrentOrBeginScope() => Scope.Value ?? BeginScope();

    public long Count => Interlocked.Read(ref _count);

    /// <summary>The text of the last statements sent, oldest first.</summary>
    public IReadOnlyList<string> Recent
    {
        get
        {
            lock (_recent)
            {
                return [.. _recent];
            }
        }
    }

    private void Record(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        if (Scope.Value is { } scope)
        {
            Interlocked.Increment(ref scope.Value);
        }

        lock (_recent)
        {
            _recent.Enqueue(command.CommandText);
            if (_recent.Count > Kept)
            {
                _recent.Dequeue();
            }
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
