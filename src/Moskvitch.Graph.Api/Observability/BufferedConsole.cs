using System.Text;

namespace Moskvitch.Graph.Api.Observability;

/// <summary>
/// Standard output, when it is redirected (a container's log driver, a file, a pipe), written in blocks: lines gather in
/// memory and a thread of its own writes them out every <see cref="ObservabilityOptions.ConsoleFlushMilliseconds"/>, when
/// they pass 256 KB, and when the service stops. Unbuffered, every log line is a write of its own (one system call each,
/// and one read each for whatever collects the output), which at thousands of requests a second costs more than the line.
/// </summary>
/// <remarks>
/// Writers only copy into memory; the output is written outside the lock, so a slow reader holds up the writing thread
/// alone. Should the reader fall far behind (4 MB waiting), writers wait for it rather than grow without bound. A terminal
/// stays unbuffered. What a crash loses is at most the last interval's lines; the error output is never buffered.
/// </remarks>
public sealed class BufferedConsole : TextWriter
{
    private const int WakeAt = 256 * 1024;
    private const int WaitAt = 4 * 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly Stream _output;
    private readonly TimeSpan _interval;
    private readonly Encoding _encoding = new UTF8Encoding(false);
    private readonly AutoResetEvent _wake = new(false);
    private readonly ManualResetEventSlim _drained = new(true);
    private StringBuilder _pending = new();
    private StringBuilder _spare = new();
    private byte[] _bytes = [];
    private volatile bool _stopping;

    public BufferedConsole(Stream output, TimeSpan interval)
    {
        _output = output;
        _interval = interval;
        new Thread(Run) { IsBackground = true, Name = "Console output" }.Start();
    }

    public override Encoding Encoding => _encoding;

    /// <summary>
    /// Makes <see cref="Console.Out"/> buffered when standard output is redirected and <paramref name="interval"/> is
    /// positive; must run before the console logger is created (it keeps the writer it finds). Returns the writer, or
    /// null when output stays as it is.
    /// </summary>
    public static BufferedConsole? Install(TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero || !Console.IsOutputRedirected || Console.Out is BufferedConsole)
        {
            return null;
        }

        var console = new BufferedConsole(Console.OpenStandardOutput(), interval);
        Console.SetOut(console);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => console.Dispose();
        return console;
    }

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            Write(value.AsSpan());
            Write(CoreNewLine.AsSpan());
        }
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (_pending.Length >= WaitAt && !_stopping)
        {
            _wake.Set();
            _drained.Wait(TimeSpan.FromSeconds(5));
        }

        lock (_gate)
        {
            _pending.Append(buffer);
            if (_pending.Length >= WaitAt)
            {
                _drained.Reset();
            }
        }

        if (_pending.Length >= WakeAt)
        {
            _wake.Set();
        }
    }

    /// <summary>Writes out what is waiting now.</summary>
    public override void Flush() => WriteOut();

    private void Run()
    {
        while (!_stopping)
        {
            _wake.WaitOne(_interval);
            WriteOut();
        }
    }

    private readonly Lock _writing = new();

    private void WriteOut(TimeSpan? wait = null)
    {
        if (!_writing.TryEnter(wait ?? Timeout.InfiniteTimeSpan))
        {
            return;
        }

        try
        {
            StringBuilder block;
            lock (_gate)
            {
                if (_pending.Length == 0)
                {
                    _drained.Set();
                    return;
                }

                block = _pending;
                _pending = _spare;
                _drained.Set();
            }

            foreach (var chunk in block.GetChunks())
            {
                var needed = _encoding.GetMaxByteCount(chunk.Length);
                if (_bytes.Length < needed)
                {
                    _bytes = new byte[Math.Max(needed, 64 * 1024)];
                }

                var length = _encoding.GetBytes(chunk.Span, _bytes);
                try
                {
                    _output.Write(_bytes, 0, length);
                }
                catch (IOException)
                {
                    // The reader went away (a closed pipe): nothing more can be written, and logging must not fail.
                }
            }

            try
            {
                _output.Flush();
            }
            catch (IOException)
            {
                // As above.
            }

            block.Clear();
            if (block.Capacity > WaitAt)
            {
                block.Capacity = WakeAt;
            }

            _spare = block;
        }
        finally
        {
            _writing.Exit();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_stopping)
        {
            _stopping = true;
            _wake.Set();

            // A reader that has stopped reading must not keep the service from stopping.
            WriteOut(TimeSpan.FromSeconds(2));
        }

        base.Dispose(disposing);
    }
}
