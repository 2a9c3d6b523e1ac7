using System.Globalization;
using System.Text.Json;

namespace Moskvitch.Graph.Bench;

/// <summary>
/// bench/results/latency.png: the service's p50 and p99 against scale for each query at the fewest connections measured
/// (latency without queueing), from the newest full run per scale present.
/// </summary>
public static class ResultPlot
{
    public static void Draw(string resultsDirectory)
    {
        // Per scale and query, the newest full (not quick) run that measured that query (runs with --only measure some).
        var runs = Directory.EnumerateFiles(resultsDirectory, "*-scale-*.json")
            // Query runs only (<time>-scale-<N>.json): the load, soak and hostile steps write reports of other shapes.
            .Where(f => char.IsAsciiDigit(Path.GetFileName(f)[0]))
            .Select(f => JsonSerializer.Deserialize<RunReport>(File.ReadAllText(f), RunReport.Json))
            .OfType<RunReport>()
            .Where(r => !r.Quick && r.Windows.Any(w => w.Target == "service"))
            .OrderBy(r => r.Scale)
            .ThenByDescending(r => r.StartedAt)
            .ToList();
        if (runs.Count == 0)
        {
            Console.WriteLine("No full runs in bench/results yet: no plot.");
            return;
        }

        var plot = new ScottPlot.Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var queries = runs.SelectMany(r => r.Windows).Where(w => w.Target == "service").Select(w => w.Query).Distinct().Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < queries.Count; i++)
        {
            var points = runs
                .Select(r => (r.Scale, Window: r.Windows.Where(w => w.Target == "service" && w.Query == queries[i]).OrderBy(w => w.Connections).FirstOrDefault()))
                .Where(p => p.Window is not null)
                .GroupBy(p => p.Scale)
                .Select(g => g.First())
                .ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var xs = points.Select(p => Math.Log10(p.Scale)).ToArray();
            var color = palette.GetColor(i);
            var p50 = plot.Add.Scatter(xs, [.. points.Select(p => Math.Log10(Math.Max(p.Window!.P50Ms, 0.01)))]);
            p50.Color = color;
            p50.LegendText = $"{queries[i]} p50";
            p50.MarkerSize = 7;
            var p99 = plot.Add.Scatter(xs, [.. points.Select(p => Math.Log10(Math.Max(p.Window!.P99Ms, 0.01)))]);
            p99.Color = color;
            p99.LinePattern = ScottPlot.LinePattern.Dashed;
            p99.LegendText = $"{queries[i]} p99";
            p99.MarkerSize = 7;
        }

        double[] scales = [10_000, 100_000, 1_000_000];
        plot.Axes.Bottom.SetTicks([.. scales.Select(Math.Log10)], ["10k", "100k", "1M"]);
        double[] ms = [0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000, 3000];
        plot.Axes.Left.SetTicks([.. ms.Select(Math.Log10)], [.. ms.Select(m => m.ToString("0.#", CultureInfo.InvariantCulture))]);
        plot.Axes.SetLimitsX(3.8, 6.2);
        plot.XLabel("synthetic models (log scale)");
        plot.YLabel("latency, ms (log scale)");
        plot.Title("Moskvitch Graph: service latency against scale (solid p50, dashed p99; 1 connection)");
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        var path = Path.Combine(resultsDirectory, "latency.png");
        plot.SavePng(path, 1400, 900);
        Console.WriteLine($"Wrote {path}");
    }
}
