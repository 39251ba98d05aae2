using GovDisclosure.Validation;

namespace GovDisclosure.Extraction.DependencyInjection;

/// <summary>
/// The settings of the <see cref="ReportExtractionService"/> that <c>AddGovDisclosureExtraction</c> registers: what holds
/// for every document an application reads. What belongs to one document (its year, agency, file name) is given per
/// call. Mutable, as options of the options pattern are; checked once when the host starts.
/// </summary>
public sealed class GovDisclosureExtractionOptions
{
    /// <summary>Gets or sets the kind of input; <see cref="InputKind.Auto"/> (the default) decides from each document's content.</summary>
    public InputKind Input { get; set; } = InputKind.Auto;

    /// <summary>Gets or sets the format to read, or <see langword="null"/> (the default) to detect it in each document.</summary>
    public ReportFormat? Format { get; set; }

    /// <summary>
    /// Gets or sets the validation options that check the extracted figures' arithmetic, or <see langword="null"/> (the
    /// default) for those of the registered <see cref="ReportValidator"/>, so that extraction and validation apply the
    /// same rules and severities.
    /// </summary>
    public ValidationOptions? Validation { get; set; }

    /// <summary>Gets or sets the longest input read: characters of a text, bytes of a stream or file (default <see cref="ExtractionOptions.DefaultMaxInputLength"/>; see <see cref="ExtractionOptions.MaxInputLength"/>).</summary>
    public int MaxInputLength { get; set; } = ExtractionOptions.DefaultMaxInputLength;

    /// <summary>Gets or sets the most HTML elements open inside each other (default <see cref="ExtractionOptions.DefaultMaxHtmlDepth"/>, at most <see cref="ExtractionOptions.MaxHtmlDepthLimit"/>; see <see cref="ExtractionOptions.MaxHtmlDepth"/>).</summary>
    public int MaxHtmlDepth { get; set; } = ExtractionOptions.DefaultMaxHtmlDepth;
}
