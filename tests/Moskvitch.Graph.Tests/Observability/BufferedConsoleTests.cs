using System.IO.Pipes;
using System.Text;
using Moskvitch.Graph.Api.Observability;

namespace Moskvitch.Graph.Tests.Observability;

/// <summary>
/// The buffered standard output: every line arrives whole and in each writer's order, in blocks rather than a write per
/// line, within the interval, and what waits is written when it closes; a reader that stops holds up no writer.
/// </summary>
public sealed class BufferedConsoleTests
{
    [Fact]
    public async Task LinesFromManyWritersArriveWholeInBlocksAndTheRestOnClose()
    {
        var sink = new CountingStream();
        var console = new BufferedConsole(sink, TimeSpan.FromMilliseconds(50));
        const int Writers = 8, Lines = 5_000;
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < Lines; i++)
            {
                console.Write($"writer {w} line {i} {new string('x', i % 40)}\n");
            }
        })));
        console.Dispose();

        var lines = Encoding.UTF8.GetString(sink.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Writers * Lines, lines.Length);
        foreach (var group in lines.Select(l => l.Split(' ')).GroupBy(parts => parts[1]))
        {
            var numbers = group.Select(parts => int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Enumerable.Range(0, Lines), numbers);
            Assert.All(group, parts => Assert.Equal(new string('x', int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture) % 40), parts.Length > 4 ? parts[4] : ""));
        }

        Assert.True(sink.Writes < Writers * Lines / 20, $"{sink.Writes} writes for {Writers * Lines} lines");
    }

    [Fact]
    public async Task ALineArrivesWithinTheIntervalWithoutAFlush()
    {
        var sink = new CountingStream();
        using var console = new BufferedConsole(sink, TimeSpan.FromMilliseconds(50));
        console.WriteLine("first");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (sink.Length == 0 && waited.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(10);
        }

        Assert.Equal("first" + Environment.NewLine, Encoding.UTF8.GetString(sink.ToArray()));
        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(1), $"{waited.Elapsed}");
    }

    [Fact]
    public async Task AReaderThatStopsReadingHoldsUpNoWriterAndAClosedOneFailsNone()
    {
        using var server = new AnonymousPipeServerStream(PipeDirection.In);
        using var client = new AnonymousPipeClientStream(PipeDirection.Out, server.ClientSafePipeHandle);
        var console = new BufferedConsole(client, TimeSpan.FromMilliseconds(20));

        // Nobody reads: the pipe fills, the writing thread waits on it, the writers go on into memory.
        var line = new string('y', 200) + "\n";
        var writing = Task.Run(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                console.Write(line);
            }
        });
        Assert.Same(writing, await Task.WhenAny(writing, Task.Delay(TimeSpan.FromSeconds(5))));

        server.Dispose();
        await Task.Run(() => console.Write(line));
        await Task.Run(console.Dispose).WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>A memory stream that counts the writes it is given.</summary>
    private sealed class CountingStream : MemoryStream
    {
        private int _writes;

        public int Writes => Volatile.Read(ref _writes);

        public override void Write(byte[] buffer, int offset, int count)
        {
            Interlocked.Increment(ref _writes);
            lock (this)
            {
                base.Write(buffer, offset, count);
            }
        }

        public override long Length
        {
            get
            {
                lock (this)
                {
                    return base.Length;
                }
            }
        }

        public override byte[] ToArray()
        {
            lock (this)
            {
                return base.ToArray();
            }
        }
    }
}
