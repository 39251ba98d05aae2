using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;

namespace GovDisclosure.Serialization.Csv;

/// <summary>
/// Reads and writes reports as CSV, in the tidy layout (one record per cell) or the wide layout (one record per report),
/// as <c>docs/csv.md</c> describes. Writing is Excel-safe: UTF-8 with a byte order mark, and text that a spreadsheet would
/// run as a formula written with <c>'</c> in front. Reading is strict and streamed: each report is given as soon as its
/// records are read; an unknown key, a value in a cell the report does not have, a field that is not a number, a
/// negative count, or a report whose records are split or incomplete is an error naming the source, line and column.
/// </summary>
/// <remarks>
/// CSV carries a report's identity (agency, codes, level, kind, year, format, publication date and address), every cell
/// (blank stays blank, money keeps its decimals and unit), the legacy rows the catalogue does not know and the prose
/// breakdowns. It does not carry the free-text sections nor the suppressions: use JSON for those. Streams passed in are
/// neither closed nor disposed.
/// </remarks>
public static class GovDisclosureCsv
{
    /// <summary>Gets the GB18030 encoding (which includes GBK and GB2312), to name in <see cref="CsvReadOptions.Encoding"/>.</summary>
    public static Encoding Gb18030 => CsvInput.Gb18030;

    /// <summary>Gets the column names a layout writes.</summary>
    /// <param name="layout">The layout.</param>
    /// <param name="formats">The formats the wide layout has columns for (the tidy layout's columns are the same for every format).</param>
    /// <returns>The column names, in order.</returns>
    public static ImmutableArray<string> GetColumns(CsvLayout layout, params ReadOnlySpan<ReportFormat> formats)
    {
        var options = new CsvWriteOptions { Layout = layout, WideFormats = [.. formats] };
        if (layout == CsvLayout.Wide && formats.IsEmpty)
        {
            throw new ArgumentException("The wide layout's columns depend on the formats: name at least one.", nameof(formats));
        }

        return [.. CsvReportWriter.Create(options).Header!];
    }

    /// <summary>Writes reports as CSV to a stream, as they come.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="reports">The reports.</param>
    /// <param name="options">The layout and encoding; <see cref="CsvWriteOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="InvalidOperationException">In the wide layout, a report's format is not one the header has columns for.</exception>
    public static void Write(Stream stream, IEnumerable<AnnualReport> reports, CsvWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(reports);
        options ??= CsvWriteOptions.Default;
        using var csv = CsvWriter.Create(stream, WriterOptions(options) with { WriteByteOrderMark = options.WriteByteOrderMark }, leaveOpen: true);
        Write(csv, reports, options);
    }

    /// <summary>Writes reports as CSV to a text writer, as they come (a byte order mark is written as the character U+FEFF).</summary>
    /// <param name="writer">The writer (not closed).</param>
    /// <param name="reports">The reports.</param>
    /// <param name="options">The layout and encoding; <see cref="CsvWriteOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="InvalidOperationException">In the wide layout, a report's format is not one the header has columns for.</exception>
    public static void Write(TextWriter writer, IEnumerable<AnnualReport> reports, CsvWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(reports);
        options ??= CsvWriteOptions.Default;
        if (options.WriteByteOrderMark)
        {
            writer.Write('\uFEFF');
        }

        using var csv = CsvWriter.Create(writer, WriterOptions(options), leaveOpen: true);
        Write(csv, reports, options);
    }

    /// <summary>Writes reports as CSV to a stream as they come, asynchronously.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="reports">The reports.</param>
    /// <param name="options">The layout and encoding; <see cref="CsvWriteOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every report is written.</returns>
    /// <exception cref="InvalidOperationException">In the wide layout, a report's format is not one the header has columns for.</exception>
    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<AnnualReport> reports, CsvWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(reports);
        options ??= CsvWriteOptions.Default;
        var csv = CsvWriter.Create(stream, WriterOptions(options) with { WriteByteOrderMark = options.WriteByteOrderMark }, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            var writer = CsvReportWriter.Create(options);
            var headerWritten = false;
            await foreach (var report in reports.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(report, nameof(reports));
                headerWritten = WriteHeader(csv, writer, report, headerWritten);
                foreach (var unused in writer.WriteRecords(csv, report))
                {
                    await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            WriteHeader(csv, writer, null, headerWritten);
            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes reports to a CSV file (created or overwritten).</summary>
    /// <param name="path">The file.</param>
    /// <param name="reports">The reports.</param>
    /// <param name="options">The layout and encoding; <see cref="CsvWriteOptions.Default"/> when <see langword="null"/>.</param>
    public static void WriteFile(string path, IEnumerable<AnnualReport> reports, CsvWriteOptions? options = null)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Write(stream, reports, options);
    }

    /// <summary>Reads the reports of a CSV stream, each as soon as its records are read.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="source">A name for the input in error messages (a file name).</param>
    /// <param name="options">The layout and encoding expected; <see cref="CsvReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The reports, in order.</returns>
    /// <exception cref="ReportReadException">The input is not a valid report CSV; the message names the source, line and column and what was expected.</exception>
    public static IEnumerable<AnnualReport> Read(Stream stream, string? source = null, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Reports(ReadResults(stream, source, options));

        static IEnumerable<AnnualReport> Reports(IEnumerable<ReportReadResult> results)
        {
            foreach (var result in results)
            {
                yield return result.IsSuccess ? result.Report : throw result.Error;
            }
        }
    }

    /// <summary>Reads the reports of a CSV stream asynchronously, each as soon as its records are read.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="source">A name for the input in error messages (a file name).</param>
    /// <param name="options">The layout and encoding expected; <see cref="CsvReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reports, in order.</returns>
    /// <exception cref="ReportReadException">The input is not a valid report CSV; the message names the source, line and column and what was expected.</exception>
    public static async IAsyncEnumerable<AnnualReport> ReadAsync(
        Stream stream,
        string? source = null,
        CsvReadOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = await CsvReportReader.OpenAsync(stream, source, options ?? CsvReadOptions.Default, cancellationToken).ConfigureAwait(false);
        await foreach (var result in reader.ResultsAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return result.IsSuccess ? result.Report : throw result.Error;
        }
    }

    /// <summary>
    /// Reads the reports of a CSV stream, collecting errors instead of stopping at the first: a report that cannot be read
    /// gives a failed result and reading goes on with the next. A problem with the header or with the CSV itself (an
    /// unclosed quote, a record over <see cref="CsvReadOptions.MaxRecordBytes"/>) ends the reading; its result says
    /// <see cref="ReportReadResult.StoppedReading"/>, and the batch is then incomplete.
    /// </summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="source">A name for the input in locations (a file name).</param>
    /// <param name="options">The layout and encoding expected; <see cref="CsvReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>One result per report or error, in order.</returns>
    public static IEnumerable<ReportReadResult> ReadResults(Stream stream, string? source = null, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Iterate(stream, source, options ?? CsvReadOptions.Default);

        static IEnumerable<ReportReadResult> Iterate(Stream stream, string? source, CsvReadOptions options)
        {
            using var reader = CsvReportReader.Open(stream, source, options);
            foreach (var result in reader.Results())
            {
                yield return result;
            }
        }
    }

    /// <summary>Reads the reports of a CSV file, each as soon as its records are read.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The layout and encoding expected; <see cref="CsvReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The reports, in order.</returns>
    /// <exception cref="ReportReadException">The file is not a valid report CSV; the message names the file, line and column.</exception>
    public static IEnumerable<AnnualReport> ReadFile(string path, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Iterate(path, options);

        static IEnumerable<AnnualReport> Iterate(string path, CsvReadOptions? options)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            foreach (var report in Read(stream, path, options))
            {
                yield return report;
            }
        }
    }

    private static CsvWriterOptions WriterOptions(CsvWriteOptions options) => CsvWriterOptions.Default with
    {
        Separator = ',',
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeeded,
        Injection = CsvInjection.None,
    };

    private static void Write(CsvWriter csv, IEnumerable<AnnualReport> reports, CsvWriteOptions options)
    {
        var writer = CsvReportWriter.Create(options);
        var headerWritten = false;
        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(reports));
            headerWritten = WriteHeader(csv, writer, report, headerWritten);
            foreach (var unused in writer.WriteRecords(csv, report))
            {
                csv.EndRecord();
            }
        }

        WriteHeader(csv, writer, null, headerWritten);
        csv.Flush();
    }

    /// <summary>Writes the header before the first report (or, without reports, at the end); true once it is written.</summary>
    private static bool WriteHeader(CsvWriter csv, CsvReportWriter writer, AnnualReport? report, bool written)
    {
        if (written)
        {
            return true;
        }

        if (report is not null)
        {
            writer.Begin(report);
        }

        csv.WriteHeader(writer.Header ?? [.. CsvIdentity.Columns, CsvCatalog.BreakdownsColumn]);
        return true;
    }
}
