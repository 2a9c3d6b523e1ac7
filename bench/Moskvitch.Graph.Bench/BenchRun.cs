using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;

namespace Moskvitch.Graph.Bench;

/// <summary>One benchmark run at one scale: every query on the service and on both floors, Q7, Q8 and the exports.</summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(BenchOptions options, BenchDatabase database, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.ResultsDirectory);
        var dll = await ServiceProcess.BuildAsync(options.RepositoryRoot, cancellationToken);
        if (options.Load)
        {
            return await LoadTest.RunAsync(options, database, dll, cancellationToken);
        }

        if (options.Hostile)
        {
            return await HostileTest.RunAsync(options, database, dll, cancellationToken);
        }

        if (options.Peer)
        {
            return await PeerTest.RunAsync(options, database, dll, cancellationToken);
        }

        if (options.Soak)
        {
            return await SoakTest.RunAsync(options, database, dll, cancellationToken);
        }

        var arguments = await BenchQueries.ArgumentsAsync(database.OwnerConnectionString, options.Scale, cancellationToken);
        var queries = BenchQueries.All(options.QueriesDirectory, arguments).Where(q => options.Only is null || options.Only.Contains(q.Key)).ToList();
        var report = RunReport.Start(options, arguments);
        var logPath = Path.Combine(options.ResultsDirectory, "service.log.tmp");
        Console.WriteLine($"Starting the service against {database.Database} ({arguments.Models:N0} models)");
        await using var service = await ServiceProcess.StartAsync(dll, database, raiseRateLimits: true, logPath, cancellationToken, options.ServiceEnvironment, options.ServicePoolSize);
        report.ServiceStartMemoryMb = service.Memory().Rss;
        await using var floor = await HttpFloor.StartAsync();
        var pool = new NpgsqlConnectionStringBuilder(database.ServiceConnectionString) { MaxPoolSize = 64, MaxAutoPrepare = 20 }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(pool);
        var run = new Runner(options, service, floor, dataSource, report);

        foreach (var query in queries)
        {
            try
            {
                switch (query.Key)
                {
                    case "q7":
                        await run.DeepPageAsync(query, arguments, cancellationToken);
                        break;
                    case "q8":
                        if (!options.SkipBulk)
                        {
                            await run.BulkPullAsync(query, cancellationToken);
                        }

                        break;
                    case "q2":
                        await run.MeasureAsync(query, cancellationToken);
                        await run.Q2SqlByPageSizeAsync(query, cancellationToken);
                        break;
                    default:
                        await run.MeasureAsync(query, cancellationToken);
                        break;
                }
            }
            catch (Exception e) when (e is HttpRequestException or NpgsqlException or InvalidOperationException or JsonException or KeyNotFoundException)
            {
                Console.WriteLine($"  {query.Name}: failed: {e.GetBaseException().Message}");
                report.Failures[query.Name] = e.GetBaseException().Message;
            }
        }

        if (options.RunExports)
        {
            report.Exports = await DownloadStep.RunAsync(service, cancellationToken);
        }

        report.ServiceEndMemoryMb = service.Memory().Rss;
        var (markdown, json) = report.Write(options.ResultsDirectory);
        Console.WriteLine();
        Console.WriteLine(File.ReadAllText(markdown));
        Console.WriteLine($"Wrote {markdown} and {json}");
        ResultPlot.Draw(options.ResultsDirectory);
        return 0;
    }

    private sealed class Runner(BenchOptions options, ServiceProcess service, HttpFloor floor, NpgsqlDataSource dataSource, RunReport report)
    {
        private readonly Uri _graphql = new(service.Address, "/graphql");

        private TimeSpan Warmup => TimeSpan.FromSeconds(options.WarmupSeconds);

        private TimeSpan Duration => TimeSpan.FromSeconds(options.DurationSeconds);

        private bool _processWarm;

        /// <summary>Sends the query once; throws with the service's error when it does not answer with data.</summary>
        private async Task<Targets.Response> CaptureAsync(BenchQuery query, CancellationToken cancellationToken)
        {
            using var client = Targets.Client(1);
            var response = await Targets.PostAsync(client, _graphql, query.Body(), cancellationToken);
            return response.Ok ? response : throw new InvalidOperationException($"the service answered {response.Status}: {response.FirstError()}");
        }

        public async Task MeasureAsync(BenchQuery query, CancellationToken cancellationToken, string? name = null)
        {
            name ??= query.Name;
            Console.WriteLine($"{name}");
            var captured = await CaptureAsync(query, cancellationToken);
            var floorUri = floor.Set(query.Key + (name == query.Name ? "" : "-" + report.Windows.Count), captured.Body);
            var body = query.Body();
            report.ResponseBytes[name] = captured.Body.Length;
            if (!_processWarm)
            {
                // The first window would otherwise pay the start-up JIT of the whole HTTP, GraphQL and EF Core stack.
                using var client = Targets.Client(16);
                await LoadDriver.RunAsync(name + " (process warm-up, not reported)", "service", 16, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1),
                    Targets.Http(client, _graphql, body), service, cancellationToken);
                _processWarm = true;
            }

            foreach (var connections in options.Connections)
            {
                using (var client = Targets.Client(connections))
                {
                    report.Windows.Add(await LoadDriver.RunAsync(name, "service", connections, Warmup, Duration,
                        Targets.Http(client, _graphql, body), service, cancellationToken));
                }

                var open = new List<IAsyncDisposable>();
                report.Windows.Add(await LoadDriver.RunAsync(name, "db-floor", connections, Warmup, Duration,
                    Targets.Database(dataSource, query.Floor, open), null, cancellationToken));
                await Targets.CloseAsync(open);
                using (var client = Targets.Client(connections))
                {
                    report.Windows.Add(await LoadDriver.RunAsync(name, "http-floor", connections, Warmup, Duration,
                        Targets.Http(client, floorUri, body), null, cancellationToken));
                }
            }
        }

        /// <summary>Q2 at other page sizes: the SQL statements the service sends should not change.</summary>
        public async Task Q2SqlByPageSizeAsync(BenchQuery query, CancellationToken cancellationToken)
        {
            foreach (var (models, influences) in new[] { (5, 1), (20, 5), (50, 20) })
            {
                var document = query.Document
                    .Replace("models(first: 20)", $"models(first: {models})", StringComparison.Ordinal)
                    .Replace("influences(first: 5)", $"influences(first: {influences})", StringComparison.Ordinal);
                var response = await CaptureAsync(query with { Document = document }, cancellationToken);
                report.Q2SqlByPageSize[$"{models}/{influences}"] = response.SqlStatements;
            }
        }

        /// <summary>
        /// Q7: walks the service's cursors to the end of page 999 (page count of a smaller scale: its last page), then
        /// measures page 1 and that page alike.
        /// </summary>
        public async Task DeepPageAsync(BenchQuery query, QueryArguments arguments, CancellationToken cancellationToken)
        {
            var pages = (int)Math.Min(1000, arguments.Models / 50);
            Console.WriteLine($"Q7: walking {pages - 1:N0} pages of 50 to reach page {pages:N0}");
            using var client = Targets.Client(1);
            string? after = null;
            var walk = Stopwatch.StartNew();
            for (var page = 1; page < pages; page++)
            {
                var response = await Targets.PostAsync(client, _graphql, query.WithVariable("after", after).Body(), cancellationToken);
                if (!response.Ok)
                {
                    throw new InvalidOperationException($"page {page}: {response.FirstError()}");
                }

                after = PageInfo(response.Body).EndCursor;
            }

            report.Notes.Add($"Q7 walked {pages - 1:N0} pages in {walk.Elapsed.TotalSeconds:F1} s to reach page {pages:N0}.");
            var lastIdBefore = await ScalarAsync($"SELECT id FROM model ORDER BY id OFFSET {((pages - 1) * 50) - 1} LIMIT 1", cancellationToken);
            await MeasureAsync(query with { Floor = [query.Floor[0] with { Parameters = [0] }] }, cancellationToken, "Q7 page 1");
            await MeasureAsync(query.WithVariable("after", after, pages > 1 ? lastIdBefore : 0), cancellationToken,
                string.Create(CultureInfo.InvariantCulture, $"Q7 page {pages}"));
            report.DeepPage = pages;
        }

        /// <summary>Q8: every model with its sources, 50 a page, to the end, one connection; then both floors the same way.</summary>
        public async Task BulkPullAsync(BenchQuery query, CancellationToken cancellationToken)
        {
            var cap = TimeSpan.FromSeconds(options.Quick ? 20 : 900);
            Console.WriteLine("Q8 bulk pull (service)");
            using var client = Targets.Client(1);
            service.ResetPeakMemory();
            var cpuBefore = service.CpuMilliseconds();
            var histogram = LoadDriver.NewHistogram();
            string? after = null;
            long models = 0, pages = 0, sql = 0;
            byte[]? firstPage = null;
            var clock = Stopwatch.StartNew();
            using (var progress = new CancellationTokenSource())
            {
                var line = Progress.StartAsync("Q8 service pull", clock, cap, () => Interlocked.Read(ref models), progress.Token, "models");
                while (clock.Elapsed < cap)
                {
                    var response = await Targets.PostAsync(client, _graphql, query.WithVariable("after", after).Body(), cancellationToken);
                    if (!response.Ok)
                    {
                        throw new InvalidOperationException($"page {pages + 1}: {response.FirstError()}");
                    }

                    firstPage ??= response.Body;
                    histogram.RecordValue(Math.Max(1, (long)response.Elapsed.TotalMicroseconds));
                    var info = PageInfo(response.Body);
                    Interlocked.Add(ref models, info.Nodes);
                    pages++;
                    sql += Math.Max(0, response.SqlStatements);
                    after = info.EndCursor;
                    if (!info.HasNextPage)
                    {
                        break;
                    }
                }

                await progress.CancelAsync();
                await line;
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var complete = clock.Elapsed < cap;
            var bulk = new BulkResult
            {
                Complete = complete,
                Models = models,
                Pages = pages,
                Seconds = seconds,
                PageP50Ms = histogram.GetValueAtPercentile(50) / 1000.0,
                PageP99Ms = histogram.GetValueAtPercentile(99) / 1000.0,
                SqlPerPage = pages > 0 ? (double)sql / pages : 0,
                ServerCpuMsPerPage = pages > 0 ? (service.CpuMilliseconds() - cpuBefore) / pages : 0,
                ServerPeakMemoryMb = service.Memory().Peak,
            };

            Console.WriteLine("Q8 bulk pull (database floor)");
            var open = new List<IAsyncDisposable>();
            var batch = await Targets.PrepareAsync(dataSource, query.Floor, open, cancellationToken);
            clock.Restart();
            long floorModels = 0;
            var lastId = 0;
            while (true)
            {
                batch.BatchCommands[0].Parameters[0].Value = lastId;
                var (rows, last) = await Targets.ReadAllAsync(batch, cancellationToken);
                floorModels += Math.Min(rows, 50);
                if (rows <= 50)
                {
                    break;
                }

                // The 51st row only says there is a next page; the next page starts after the 50th.
                lastId = await NthIdAsync(lastId, cancellationToken);
                _ = last;
            }

            bulk = bulk with { DbFloorSeconds = clock.Elapsed.TotalSeconds, DbFloorModels = floorModels };
            await Targets.CloseAsync(open);

            Console.WriteLine("Q8 bulk pull (HTTP floor)");
            var floorUri = floor.Set("q8", firstPage ?? []);
            var body = query.Body();
            clock.Restart();
            for (var p = 0; p < pages; p++)
            {
                _ = await Targets.PostAsync(client, floorUri, body, cancellationToken);
            }

            report.Bulk = bulk with { HttpFloorSeconds = clock.Elapsed.TotalSeconds };
        }

        private async Task<int> NthIdAsync(int after, CancellationToken cancellationToken) =>
            await ScalarAsync(string.Create(CultureInfo.InvariantCulture, $"SELECT id FROM model WHERE id > {after} ORDER BY id OFFSET 49 LIMIT 1"), cancellationToken);

        private async Task<int> ScalarAsync(string sql, CancellationToken cancellationToken)
        {
            await using var command = dataSource.CreateCommand(sql);
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The connection's node count, hasNextPage and endCursor in a response to Q7 or Q8.</summary>
    private static (int Nodes, bool HasNextPage, string? EndCursor) PageInfo(byte[] body)
    {
        var node = JsonNode.Parse(body)!["data"]!["models"]!;
        var info = node["pageInfo"]!;
        return (node["nodes"]!.AsArray().Count, info["hasNextPage"]!.GetValue<bool>(), info["endCursor"]?.GetValue<string>());
    }
}
