using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace GovDisclosure.Serialization.Json;

/// <summary>
/// Reads and writes reports as JSON (one report per file) and JSON Lines (one report per line), as
/// <c>docs/json.md</c> describes. Reading is strict: an unknown or duplicate property, a wrong type, a negative or
/// fractional count, an unknown format, table, row or column, a year outside 2008–2100, a truncated or empty input
/// each end in a <see cref="ReportReadException"/> that names the source, line, column and JSON path.
/// </summary>
/// <remarks>
/// Streams passed in are neither closed nor disposed. JSON Lines input is read line by line: a 1 GB file is never
/// held in memory. Writers emit every applicable cell (blank as <c>null</c>) and write Chinese text unescaped.
/// </remarks>
public static class GovDisclosureJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = ReportJsonWriter.SchemaVersion;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = Encoder, NewLine = "\n" };

    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = Encoder };

    /// <summary>Writes a report as a JSON string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent (the default, for files people read); JSON Lines are never indented.</param>
    /// <returns>The JSON.</returns>
    public static string Serialize(AnnualReport report, bool indented = true) =>
        System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(report, indented));

    /// <summary>Writes a report as UTF-8 JSON bytes.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The UTF-8 bytes (no byte order mark).</returns>
    public static byte[] SerializeToUtf8Bytes(AnnualReport report, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            ReportJsonWriter.Write(writer, report);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a report to a stream as UTF-8 JSON, followed by a line break.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent.</param>
    public static void Serialize(Stream stream, AnnualReport report, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(SerializeToUtf8Bytes(report, indented));
        stream.Write("\n"u8);
    }

    /// <summary>Writes a report to a stream as UTF-8 JSON (with a final line break).</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the report is written.</returns>
    public static async Task SerializeAsync(Stream stream, AnnualReport report, bool indented = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await stream.WriteAsync(SerializeToUtf8Bytes(report, indented), cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one report from a JSON string.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="source">A name for the input in error messages (a file name).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The JSON is not a valid report; the message says where and what was expected.</exception>
    public static AnnualReport Deserialize(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(System.Text.Encoding.UTF8.GetBytes(json), source);
    }

    /// <summary>Reads one report from UTF-8 JSON bytes (a leading byte order mark is allowed).</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="source">A name for the input in error messages (a file name).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The JSON is not a valid report; the message says where and what was expected.</exception>
    public static AnnualReport Deserialize(ReadOnlySpan<byte> utf8Json, string? source = null) => Deserialize(utf8Json, source, null);

    /// <summary>Reads one report from UTF-8 JSON bytes (a leading byte order mark is allowed) under limits.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="source">A name for the input in error messages (a file name).</param>
    /// <param name="options">Limits (<see cref="ReportJsonReadOptions.MaxListEntries"/>); <see cref="ReportJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The JSON is not a valid report, or a list in it is longer than the limit; the message says where and what was expected.</exception>
    public static AnnualReport Deserialize(ReadOnlySpan<byte> utf8Json, string? source, ReportJsonReadOptions? options)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        return ReportJsonParser.Parse(utf8Json, source, 1, options ?? ReportJsonReadOptions.Default);
    }

    /// <summary>Reads one report from a stream of UTF-8 JSON.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="source">A name for the input in error messages (a file name).</param>
    /// <param name="options">Limits; <see cref="ReportJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The JSON is not a valid report, or is larger than the limit.</exception>
    public static AnnualReport Deserialize(Stream stream, string? source = null, ReportJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var limit = (options ?? ReportJsonReadOptions.Default).MaxDocumentBytes;
        var block = new byte[81920];
        int read;
        while ((read = stream.Read(block)) > 0)
        {
            CheckSize(buffer.Length + read, limit, source);
            buffer.Write(block, 0, read);
        }

        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), source, options);
    }

    /// <summary>Reads one report from a stream of UTF-8 JSON.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="source">A name for the input in error messages (a file name).</param>
    /// <param name="options">Limits; <see cref="ReportJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The JSON is not a valid report, or is larger than the limit.</exception>
    public static async Task<AnnualReport> DeserializeAsync(Stream stream, string? source = null, ReportJsonReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var limit = (options ?? ReportJsonReadOptions.Default).MaxDocumentBytes;
        var block = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(block, cancellationToken).ConfigureAwait(false)) > 0)
        {
            CheckSize(buffer.Length + read, limit, source);
            buffer.Write(block, 0, read);
        }

        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), source, options);
    }

    /// <summary>Reads one report from a JSON file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits; <see cref="ReportJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The file is not a valid report; the message names the file, line, column and JSON path.</exception>
    public static AnnualReport ReadFile(string path, ReportJsonReadOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        return Deserialize(stream, path, options);
    }

    /// <summary>Writes one report to a JSON file (indented, UTF-8 without byte order mark).</summary>
    /// <param name="path">The file.</param>
    /// <param name="report">The report.</param>
    public static void WriteFile(string path, AnnualReport report)
    {
        using var stream = File.Create(path);
        Serialize(stream, report);
    }

    /// <summary>Reads the reports of a JSON Lines stream, one per line, as they are read (blank lines are skipped).</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="source">A name for the input in error messages (a file name).</param>
    /// <param name="options">Limits; <see cref="ReportJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The reports, in order (parsed on several threads when <see cref="ReportJsonReadOptions.MaxDegreeOfParallelism"/> asks).</returns>
    /// <exception cref="ReportReadException">A line is not a valid report (the message names its line number and JSON path), or is longer than the limit.</exception>
    public static IEnumerable<AnnualReport> ReadLines(Stream stream, string? source = null, ReportJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReportJsonReadOptions.Default;
        return options.MaxDegreeOfParallelism > 1
            ? ParallelLineParser.ReadLineResults(stream, source, options).Select(result => result.IsSuccess ? result.Report : throw result.Error)
            : Iterate(stream, source, options);

        static IEnumerable<AnnualReport> Iterate(Stream stream, string? source, ReportJsonReadOptions options)
        {
            using var lines = new LineReader(stream, source, options.MaxLineBytes);
            long count = 0;
            while (lines.TryReadLine(out var line, out var number))
            {
                if (ParseLine(line, source, number, options, ref count) is { } report)
                {
                    yield return report;
                }
            }
        }
    }

    /// <summary>Reads the reports of a JSON Lines stream, one per line, as they are read (blank lines are skipped).</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="source">A name for the input in error messages (a file name).</param>
    /// <param name="options">Limits; <see cref="ReportJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reports, in order.</returns>
    /// <exception cref="ReportReadException">A line is not a valid report (the message names its line number and JSON path), or is longer than the limit.</exception>
    public static async IAsyncEnumerable<AnnualReport> ReadLinesAsync(
        Stream stream,
        string? source = null,
        ReportJsonReadOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReportJsonReadOptions.Default;
        using var lines = new LineReader(stream, source, options.MaxLineBytes);
        long count = 0;
        while (!lines.IsFinished)
        {
            if (lines.TryTakeLine(out var line, out var number))
            {
                if (ParseLine(line, source, number, options, ref count) is { } report)
                {
                    yield return report;
                }
            }
            else
            {
                await lines.FillAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Reads the reports of a JSON Lines stream, one per line, collecting errors instead of stopping at the first: a line
    /// that is not a valid report gives a failed result and reading goes on with the next line. A line over the length
    /// limit ends the reading (its result says <see cref="ReportReadResult.StoppedReading"/>).
    /// </summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="source">A name for the input in locations (a file name).</param>
    /// <param name="options">
    /// Limits; <see cref="ReportJsonReadOptions.Default"/> when <see langword="null"/>. With
    /// <see cref="ReportJsonReadOptions.MaxDegreeOfParallelism"/> above 1, lines are parsed on that many threads, the
    /// results still handed out in the order of the lines.
    /// </param>
    /// <returns>One result per non-blank line, in order.</returns>
    public static IEnumerable<ReportReadResult> ReadLineResults(Stream stream, string? source = null, ReportJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReportJsonReadOptions.Default;
        return options.MaxDegreeOfParallelism > 1 ? ParallelLineParser.ReadLineResults(stream, source, options) : Iterate(stream, source, options);

        static IEnumerable<ReportReadResult> Iterate(Stream stream, string? source, ReportJsonReadOptions options)
        {
            using var lines = new LineReader(stream, source, options.MaxLineBytes);
            long count = 0;
            while (true)
            {
                ReportReadResult? result = null;
                var stop = false;
                try
                {
                    if (!lines.TryReadLine(out var line, out var number))
                    {
                        break;
                    }

                    if (IsOverLimit(line, source, number, options, count) is { } tooMany)
                    {
                        // Past the caller's limit of reports: the reading stops here, and says so.
                        result = ReportReadResult.Failure(tooMany, stoppedReading: true);
                        stop = true;
                    }
                    else
                    {
                        try
                        {
                            if (ParseLine(line, source, number, options, ref count) is { } report)
                            {
                                result = ReportReadResult.Success(report, new ReadLocation { Source = source, Line = number });
                            }
                        }
                        catch (ReportReadException error)
                        {
                            // A line that is not a report still counts towards the limit: it is one of the input's reports.
                            count++;
                            result = ReportReadResult.Failure(error);
                        }
                    }
                }
                catch (ReportReadException error)
                {
                    result = ReportReadResult.Failure(error, stoppedReading: true);
                    stop = true;
                }

                if (result is not null)
                {
                    yield return result;
                }

                if (stop)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Writes reports as JSON Lines: one compact report object per line, UTF-8 without byte order mark.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="reports">The reports.</param>
    public static void WriteLines(Stream stream, IEnumerable<AnnualReport> reports)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(reports);
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, Compact);
        foreach (var report in reports)
        {
            WriteLine(writer, buffer, report);
            stream.Write(buffer.WrittenSpan);
        }
    }

    /// <summary>Writes reports as JSON Lines as they come: one compact report object per line, UTF-8 without byte order mark.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="reports">The reports.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every report is written.</returns>
    public static async Task WriteLinesAsync(Stream stream, IAsyncEnumerable<AnnualReport> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(reports);
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, Compact);
        await foreach (var report in reports.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            WriteLine(writer, buffer, report);
            await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Gets the JSON Schema (draft 2020-12) of the report file, generated from the catalogue.</summary>
    /// <returns>The schema, indented.</returns>
    public static string GetJsonSchema() => ReportJsonSchema.Generate();

    /// <summary>Reads a line as a report, or gives <see langword="null"/> for a blank line; counts the reports against <see cref="ReportJsonReadOptions.MaxReports"/>.</summary>
    private static AnnualReport? ParseLine(ReadOnlyMemory<byte> line, string? source, long number, ReportJsonReadOptions options, ref long count)
    {
        if (IsOverLimit(line, source, number, options, count) is { } tooMany)
        {
            throw tooMany;
        }

        if (line.Span.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        var report = ReportJsonParser.Parse(line.Span, source, number, options);
        count++;
        return report;
    }

    private static ReportReadException? IsOverLimit(ReadOnlyMemory<byte> line, string? source, long number, ReportJsonReadOptions options, long count) =>
        options.MaxReports is { } limit && count >= limit && !line.Span.Trim(" \t"u8).IsEmpty
            ? new ReportReadException(
                $"the input holds more than {limit} reports, the limit set (ReportJsonReadOptions.MaxReports); the reports after it are not read.",
                new ReadLocation { Source = source, Line = number })
            : null;

    private static void WriteLine(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        ReportJsonWriter.Write(writer, report);
        writer.Flush();
        buffer.Write("\n"u8);
    }

    private static void CheckSize(long size, int limit, string? source)
    {
        if (size > limit)
        {
            throw new ReportReadException(
                $"the input is larger than the limit of {limit} bytes for one report (ReportJsonReadOptions.MaxDocumentBytes); several reports belong in a JSON Lines file.",
                new ReadLocation { Source = source });
        }
    }
}
