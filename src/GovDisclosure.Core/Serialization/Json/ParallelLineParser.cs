using System.Buffers;

namespace GovDisclosure.Serialization.Json;

/// <summary>
/// Reads the lines of a JSON Lines stream in order and parses them on several threads: lines are copied into chunks of
/// a few dozen, each chunk parsed by a task, and the results handed out in the order of the lines. At most two chunks per
/// thread are in flight, so memory stays bounded whatever the input's length. The results, their order, the counting
/// of reports for <see cref="ReportJsonReadOptions.MaxReports"/> and where the reading stops are those of the reading on
/// one thread.
/// </summary>
internal static class ParallelLineParser
{
    private const int LinesPerChunk = 32;
    private const int BytesPerChunk = 1 << 18;

    public static IEnumerable<ReportReadResult> ReadLineResults(Stream stream, string? source, ReportJsonReadOptions options)
    {
        using var lines = new LineReader(stream, source, options.MaxLineBytes);
        var inFlight = new Queue<Task<ReportReadResult[]>>();
        var maxInFlight = 2 * options.MaxDegreeOfParallelism;
        var chunk = new Chunk();
        long count = 0;
        ReportReadResult? last = null;
        while (true)
        {
            try
            {
                if (!lines.TryReadLine(out var line, out var number))
                {
                    break;
                }

                if (line.Span.Trim(" \t"u8).IsEmpty)
                {
                    continue;
                }

                if (options.MaxReports is { } limit && count >= limit)
                {
                    // Past the caller's limit of reports: the reading stops here, and says so.
                    last = ReportReadResult.Failure(
                        new ReportReadException(
                            $"the input holds more than {limit} reports, the limit set (ReportJsonReadOptions.MaxReports); the reports after it are not read.",
                            new ReadLocation { Source = source, Line = number }),
                        stoppedReading: true);
                    break;
                }

                // A line that is not a report counts towards the limit too: it is one of the input's reports.
                count++;
                chunk.Add(line.Span, number);
            }
            catch (ReportReadException error)
            {
                last = ReportReadResult.Failure(error, stoppedReading: true);
                break;
            }

            if (chunk.IsFull)
            {
                inFlight.Enqueue(chunk.Parse(source, options));
                chunk = new Chunk();
                if (inFlight.Count >= maxInFlight)
                {
                    foreach (var result in inFlight.Dequeue().GetAwaiter().GetResult())
                    {
                        yield return result;
                    }
                }
            }
        }

        if (!chunk.IsEmpty)
        {
            inFlight.Enqueue(chunk.Parse(source, options));
        }

        while (inFlight.Count > 0)
        {
            foreach (var result in inFlight.Dequeue().GetAwaiter().GetResult())
            {
                yield return result;
            }
        }

        if (last is not null)
        {
            yield return last;
        }
    }

    /// <summary>Lines copied out of the reader's buffer, with their numbers, parsed together by one task.</summary>
    private sealed class Chunk
    {
        private readonly List<(int Start, int Length, long Number)> _lines = new(LinesPerChunk);
        private byte[] _bytes = ArrayPool<byte>.Shared.Rent(BytesPerChunk);
        private int _used;

        public bool IsFull => _lines.Count == LinesPerChunk || _used >= BytesPerChunk;

        public bool IsEmpty => _lines.Count == 0;

        public void Add(ReadOnlySpan<byte> line, long number)
        {
            if (_bytes.Length - _used < line.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(checked(_used + line.Length));
                _bytes.AsSpan(0, _used).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_bytes);
                _bytes = larger;
            }

            line.CopyTo(_bytes.AsSpan(_used));
            _lines.Add((_used, line.Length, number));
            _used += line.Length;
        }

        public Task<ReportReadResult[]> Parse(string? source, ReportJsonReadOptions options) => Task.Run(() =>
        {
            try
            {
                var results = new ReportReadResult[_lines.Count];
                for (var i = 0; i < results.Length; i++)
                {
                    var (start, length, number) = _lines[i];
                    try
                    {
                        var report = ReportJsonParser.Parse(_bytes.AsSpan(start, length), source, number, options);
                        results[i] = ReportReadResult.Success(report, new ReadLocation { Source = source, Line = number });
                    }
                    catch (ReportReadException error)
                    {
                        results[i] = ReportReadResult.Failure(error);
                    }
                }

                return results;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(_bytes);
            }
        });
    }
}
