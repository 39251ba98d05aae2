using System.Diagnostics.CodeAnalysis;

namespace GovDisclosure.Serialization.Json;

/// <summary>
/// Reads and writes reports as JSON and JSON Lines with settings chosen once: the reading limits and the indentation of
/// single reports. The static <see cref="GovDisclosureJson"/> does the work; this class carries the settings, so that
/// an application registers one (see <c>AddGovDisclosure</c>) and hands it to the code that reads and writes.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class ReportJsonSerializer
{
    /// <summary>Initializes a new instance of the <see cref="ReportJsonSerializer"/> class.</summary>
    /// <param name="readOptions">The reading limits; <see cref="ReportJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="indented">Whether single reports are written indented (JSON Lines never are).</param>
    public ReportJsonSerializer(ReportJsonReadOptions? readOptions = null, bool indented = true)
    {
        ReadOptions = readOptions ?? ReportJsonReadOptions.Default;
        Indented = indented;
    }

    /// <summary>Gets the reading limits.</summary>
    public ReportJsonReadOptions ReadOptions { get; }

    /// <summary>Gets a value indicating whether single reports are written indented.</summary>
    public bool Indented { get; }

    /// <summary>Writes a report as a JSON string.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON.</returns>
    public string Serialize(AnnualReport report) => GovDisclosureJson.Serialize(report, Indented);

    /// <summary>Writes a report to a stream as UTF-8 JSON, followed by a line break.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="report">The report.</param>
    public void Serialize(Stream stream, AnnualReport report) => GovDisclosureJson.Serialize(stream, report, Indented);

    /// <summary>Writes a report to a stream as UTF-8 JSON, followed by a line break.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="report">The report.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the report is written.</returns>
    public Task SerializeAsync(Stream stream, AnnualReport report, CancellationToken cancellationToken = default) =>
        GovDisclosureJson.SerializeAsync(stream, report, Indented, cancellationToken);

    /// <summary>Reads one report from a stream of UTF-8 JSON, within <see cref="ReportJsonReadOptions.MaxDocumentBytes"/>.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="source">A name for the input in error messages (a file name).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The JSON is not a valid report, or is larger than the limit.</exception>
    public AnnualReport Deserialize(Stream stream, string? source = null) => GovDisclosureJson.Deserialize(stream, source, ReadOptions);

    /// <summary>Reads one report from a stream of UTF-8 JSON, within <see cref="ReportJsonReadOptions.MaxDocumentBytes"/>.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="source">A name for the input in error messages (a file name).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportReadException">The JSON is not a valid report, or is larger than the limit.</exception>
    public Task<AnnualReport> DeserializeAsync(Stream stream, string? source = null, CancellationToken cancellationToken = default) =>
        GovDisclosureJson.DeserializeAsync(stream, source, ReadOptions, cancellationToken);

    /// <summary>Reads the reports of a JSON Lines stream as they are read; the first bad line ends the sequence with a <see cref="ReportReadException"/>.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="source">A name for the input in error messages (a file name).</param>
    /// <returns>The reports.</returns>
    public IEnumerable<AnnualReport> ReadLines(Stream stream, string? source = null) => GovDisclosureJson.ReadLines(stream, source, ReadOptions);

    /// <summary>Reads the reports of a JSON Lines stream as they are read; the first bad line ends the sequence with a <see cref="ReportReadException"/>.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="source">A name for the input in error messages (a file name).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reports.</returns>
    public IAsyncEnumerable<AnnualReport> ReadLinesAsync(Stream stream, string? source = null, CancellationToken cancellationToken = default) =>
        GovDisclosureJson.ReadLinesAsync(stream, source, ReadOptions, cancellationToken);

    /// <summary>Reads a JSON Lines stream line by line, each line a report or the error that says why it is not one; the rest is still read.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="source">A name for the input in error messages (a file name).</param>
    /// <returns>One result per non-blank line.</returns>
    public IEnumerable<ReportReadResult> ReadLineResults(Stream stream, string? source = null) => GovDisclosureJson.ReadLineResults(stream, source, ReadOptions);

    /// <summary>Writes reports as JSON Lines: one compact report per line.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="reports">The reports.</param>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The service writes what it reads; JSON Lines have no setting to carry.")]
    public void WriteLines(Stream stream, IEnumerable<AnnualReport> reports) => GovDisclosureJson.WriteLines(stream, reports);

    /// <summary>Writes reports as JSON Lines as they come: one compact report per line.</summary>
    /// <param name="stream">The stream (not closed).</param>
    /// <param name="reports">The reports.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every report is written.</returns>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The service writes what it reads; JSON Lines have no setting to carry.")]
    public Task WriteLinesAsync(Stream stream, IAsyncEnumerable<AnnualReport> reports, CancellationToken cancellationToken = default) =>
        GovDisclosureJson.WriteLinesAsync(stream, reports, cancellationToken);
}
