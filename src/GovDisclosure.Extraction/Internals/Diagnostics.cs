using System.Collections.Immutable;
using GovDisclosure.Validation;

namespace GovDisclosure.Extraction.Internals;

/// <summary>Collects an extraction's diagnostics, each stamped with the source name.</summary>
internal sealed class Diagnostics(string? source)
{
    public List<ExtractionDiagnostic> Items { get; } = [];

    public void Add(
        ExtractionCode code,
        Severity severity,
        string message,
        int? line = null,
        string? table = null,
        string? label = null,
        ImmutableArray<CellKey> cells = default,
        ImmutableArray<ImmutableArray<string>> candidates = default) =>
        Items.Add(new ExtractionDiagnostic(code, severity, message)
        {
            Source = source,
            Line = line is > 0 ? line : null,
            Table = table,
            PrintedLabel = label,
            Cells = cells,
            Candidates = candidates,
        });

    public void Add(ExtractionDiagnostic diagnostic) => Items.Add(diagnostic);
}
