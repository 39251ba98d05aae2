using System.Collections.Immutable;
using GovDisclosure.Validation;

namespace GovDisclosure.Extraction;

/// <summary>The outcome of an extraction: the report (or none), what was said about it, and how each table was read.</summary>
public sealed class ExtractionResult
{
    internal ExtractionResult(AnnualReport? report, ImmutableArray<ExtractionDiagnostic> diagnostics, ImmutableArray<ExtractedTable> tables, InputKind input, string? source)
    {
        Report = report;
        Diagnostics = diagnostics;
        Tables = tables;
        Input = input;
        Source = source;
    }

    /// <summary>Gets the report, or <see langword="null"/> when none could be produced (see the error diagnostics).</summary>
    public AnnualReport? Report { get; }

    /// <summary>Gets the diagnostics, in the order of the input.</summary>
    public ImmutableArray<ExtractionDiagnostic> Diagnostics { get; }

    /// <summary>Gets how each table of the report's format was read, in the format's order (empty when there is no report).</summary>
    public ImmutableArray<ExtractedTable> Tables { get; }

    /// <summary>Gets the kind of input read (the one detected when <see cref="InputKind.Auto"/> was asked).</summary>
    public InputKind Input { get; }

    /// <summary>Gets the source name given in the options.</summary>
    public string? Source { get; }

    /// <summary>Gets a value indicating whether a report was produced.</summary>
    public bool HasReport => Report is not null;

    /// <summary>Gets the diagnostics of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The diagnostics.</returns>
    public IEnumerable<ExtractionDiagnostic> WithSeverity(Severity severity) => Diagnostics.Where(d => d.Severity == severity);

    /// <summary>Gets the diagnostics with a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The diagnostics.</returns>
    public IEnumerable<ExtractionDiagnostic> WithCode(ExtractionCode code) => Diagnostics.Where(d => d.Code == code);
}
