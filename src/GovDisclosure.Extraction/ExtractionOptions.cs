using GovDisclosure.Validation;

namespace GovDisclosure.Extraction;

/// <summary>Options of an extraction. The defaults read any input kind and decide everything from the text.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The default of <see cref="MaxInputLength"/>: 16 MiB.</summary>
    public const int DefaultMaxInputLength = 16 * 1024 * 1024;

    /// <summary>The default of <see cref="MaxHtmlDepth"/>: 512.</summary>
    public const int DefaultMaxHtmlDepth = 512;

    /// <summary>The largest <see cref="MaxHtmlDepth"/> allowed: 4,096 (the page walk recurses on the depth).</summary>
    public const int MaxHtmlDepthLimit = 4096;

    /// <summary>Gets the default options.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>Gets the kind of input; <see cref="InputKind.Auto"/> decides from the content.</summary>
    public InputKind Input { get; init; } = InputKind.Auto;

    /// <summary>Gets the format to read, or <see langword="null"/> to detect it (formats.md detection rules).</summary>
    public ReportFormat? Format { get; init; }

    /// <summary>Gets the reporting year, or <see langword="null"/> to read it from the title.</summary>
    public int? Year { get; init; }

    /// <summary>Gets the agency's name, or <see langword="null"/> to read it from the title, source line or signature.</summary>
    public string? AgencyName { get; init; }

    /// <summary>Gets the name of the source (a file name) that diagnostics carry, or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the validation options used to check the extracted figures' arithmetic, or <see langword="null"/> for the defaults.</summary>
    public ValidationOptions? Validation { get; init; }

    /// <summary>
    /// Gets the longest input read (default 16 MiB, <see cref="DefaultMaxInputLength"/>): characters of a text, bytes of
    /// a stream or file. A longer input is not read (a stream no further than the limit) and gives an error diagnostic
    /// <see cref="ExtractionCode.InputTooLarge"/> and no report. A published report is a few hundred kilobytes;
    /// extraction holds the whole input and memory grows with it.
    /// </summary>
    public int MaxInputLength
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = DefaultMaxInputLength;

    /// <summary>
    /// Gets the most HTML elements open inside each other (default 512, <see cref="DefaultMaxHtmlDepth"/>, the depth past
    /// which browsers stop nesting). A page nested deeper is not parsed and gives an error diagnostic
    /// <see cref="ExtractionCode.NestingTooDeep"/> naming the line, and no report: the time to parse a page grows faster
    /// than its length with its depth. Published pages nest a few dozen elements deep.
    /// </summary>
    public int MaxHtmlDepth
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxHtmlDepthLimit);
            field = value;
        }
    } = DefaultMaxHtmlDepth;
}
