using System.Diagnostics;
using System.Net.Http.Headers;

namespace Moskvitch.Graph.Bench;

/// <summary>One full export streamed from the service; <see cref="HeadersSeconds"/> is the wait for the response headers (the data version).</summary>
public sealed record ExportResult(string Format, int Status, long Bytes, double Seconds, double MemoryBeforeMb, double PeakMemoryMb, double MemoryAfterMb)
{
    public double HeadersSeconds { get; init; }

    public string? DataVersion { get; init; }
}

/// <summary>Streams /export/jsonl, /export/csv and /export/nt to the end, recording bytes, time and the service's peak memory.</summary>
public static class DownloadStep
{
    public static async Task<List<ExportResult>> RunAsync(ServiceProcess service, CancellationToken cancellationToken)
    {
        var results = new List<ExportResult>();
        using var client = Targets.Client(1);
        client.Timeout = TimeSpan.FromMinutes(30);
        var buffer = new byte[81920];
        foreach (var format in new[] { "jsonl", "csv", "nt" })
        {
            Console.WriteLine($"Export {format}");
            service.ResetPeakMemory();
            var before = service.Memory().Rss;
            var clock = Stopwatch.StartNew();
            long bytes = 0;
            int status;
            double headersSeconds;
            string? dataVersion;
            using (var request = new HttpRequestMessage(HttpMethod.Get, new Uri(service.Address, "/export/" + format)))
            {
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                status = (int)response.StatusCode;
                headersSeconds = clock.Elapsed.TotalSeconds;
                dataVersion = response.Headers.TryGetValues("X-Data-Version", out var versions) ? versions.FirstOrDefault() : null;
                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var progress = Progress.StartAsync($"export {format}", clock, TimeSpan.FromMinutes(30), () => Interlocked.Read(ref bytes), done.Token, "bytes");
                try
                {
                    int read;
                    while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                    {
                        Interlocked.Add(ref bytes, read);
                    }
                }
                catch (Exception e) when (e is IOException or HttpRequestException)
                {
                    Console.WriteLine($"  export {format} broke off after {bytes:N0} bytes: {e.GetBaseException().Message}");
                    status = -1;
                }

                await done.CancelAsync();
                await progress;
            }

            var memory = service.Memory();
            results.Add(new ExportResult(format, status, bytes, clock.Elapsed.TotalSeconds, before, memory.Peak, memory.Rss)
            {
                HeadersSeconds = headersSeconds,
                DataVersion = dataVersion,
            });
        }

        return results;
    }
}
