namespace GovDisclosure.Extraction;

/// <summary>
/// Extracts reports with options chosen once (input kind, format, validation), so that an application registers one
/// (see <c>AddGovDisclosureExtraction</c>). The static <see cref="ReportExtractor"/> does the work. Immutable and safe
/// to share between threads.
/// </summary>
public sealed class ReportExtractionService
{
    /// <summary>Initializes a new instance of the <see cref="ReportExtractionService"/> class.</summary>
    /// <param name="options">
    /// The options of every extraction; <see cref="ExtractionOptions.Default"/> when <see langword="null"/>. The year,
    /// agency and source name belong to one document: they are read from each document, and a source is given per call.
    /// </param>
    public ReportExtractionService(ExtractionOptions? options = null)
    {
        Options = options ?? ExtractionOptions.Default;
    }

    /// <summary>
    /// Gets the options. A document whose year or agency the text does not show:
    /// <c>ReportExtractor.Extract(text, service.Options with { Year = 2020 })</c>.
    /// </summary>
    public ExtractionOptions Options { get; }

    /// <summary>Extracts a report from text (plain, <c>pdftotext -layout</c>, Markdown or HTML source).</summary>
    /// <param name="text">The text.</param>
    /// <param name="source">The name of the source (a file name) that the diagnostics carry, or <see langword="null"/>.</param>
    /// <returns>The result: the report (or none) and the diagnostics.</returns>
    public ExtractionResult Extract(string text, string? source = null) => ReportExtractor.Extract(text, WithSource(source));

    /// <summary>Extracts a report from bytes, decoded as <see cref="ReportExtractor.Extract(Stream, ExtractionOptions?)"/> does.</summary>
    /// <param name="stream">The stream (read to its end, not closed).</param>
    /// <param name="source">The name of the source (a file name) that the diagnostics carry, or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    public ExtractionResult Extract(Stream stream, string? source = null) => ReportExtractor.Extract(stream, WithSource(source));

    /// <summary>Extracts a report from a file, as <see cref="ReportExtractor.ExtractFile(string, ExtractionOptions?)"/> does; the file name is the diagnostics' source.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The result.</returns>
    public ExtractionResult ExtractFile(string path) => ReportExtractor.ExtractFile(path, Options);

    private ExtractionOptions WithSource(string? source) => source is null ? Options : Options with { Source = source };
}
