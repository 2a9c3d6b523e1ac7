using Moskvitch.Graph.Bench;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (options.PlotOnly)
{
    ResultPlot.Draw(options.ResultsDirectory);
    return 0;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

// SIGTERM too (a run started in the background ignores Ctrl+C's SIGINT): the run stops the service and PostgreSQL.
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancel.Cancel();
});

using var loggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
var logger = loggerFactory.CreateLogger("bench");
await using var database = await BenchDatabase.OpenAsync(options.PostgresRoot, options.Scale, options.Seed, logger, cancel.Token, prepareLogin: !options.GenerateOnly);
if (options.GenerateOnly)
{
    return 0;
}

return await BenchRun.RunAsync(options, database, cancel.Token);
