using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Moskvitch.Graph.Api.Diagnostics;

/// <summary>
/// Opt-in, for the benchmark (<c>Diagnostics:SqlStatementHeader=true</c>; off by default): every response carries
/// <c>X-Sql-Statements</c>, the number of SQL statements EF Core sent while serving that request. Counted per request
/// (EF Core's diagnostic events into the request's own counter), so it stays exact under concurrent requests.
/// </summary>
public static class SqlStatementHeader
{
    public const string HeaderName = "X-Sql-Statements";
    public const string Setting = "Diagnostics:SqlStatementHeader";

    private const string CommandExecuting = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";
    private static readonly AsyncLocal<StrongBox<int>?> Current = new();
    private static int _subscribed;

    /// <summary>Adds the header when the setting is true; does nothing otherwise.</summary>
    public static void UseWhenConfigured(WebApplication app)
    {
        if (!app.Configuration.GetValue(Setting, false))
        {
            return;
        }

        if (Interlocked.Exchange(ref _subscribed, 1) == 0)
        {
            DiagnosticListener.AllListeners.Subscribe(new Listeners());
        }

        app.Use(async (http, next) =>
        {
            var count = new StrongBox<int>();
            Current.Value = count;
            http.Response.OnStarting(() =>
            {
                http.Response.Headers[HeaderName] = Volatile.Read(ref count.Value).ToString(CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await next(http);
        });
    }

    private sealed class Listeners : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.EntityFrameworkCore")
            {
                value.Subscribe(new Commands(), (name, _, _) => name == CommandExecuting);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class Commands : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == CommandExecuting && Current.Value is { } count)
            {
                Interlocked.Increment(ref count.Value);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
