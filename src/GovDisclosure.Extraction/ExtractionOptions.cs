using GovDisclosure.Validation;

namespace GovDisclosure.Extraction;

/// <summary>Options of an extraction. The defaults read any input kind and decide everything from the text.</summary>
public sealed record ExtractionOptions
{
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
}
