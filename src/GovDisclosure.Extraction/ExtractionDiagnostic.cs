using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using GovDisclosure.Validation;

namespace GovDisclosure.Extraction;

/// <summary>
/// Something an extraction says about its result: a row not recognised, a cell left blank and why, a row whose cells
/// ran together, a relation that fails on the figures as printed. Data, not text: code, severity, place and cells.
/// </summary>
public sealed class ExtractionDiagnostic
{
    /// <summary>Initializes a new instance of the <see cref="ExtractionDiagnostic"/> class.</summary>
    /// <param name="code">The code.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="message">The message (English).</param>
    public ExtractionDiagnostic(ExtractionCode code, Severity severity, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Code = code;
        Severity = severity;
        Message = message;
    }

    /// <summary>Gets the code.</summary>
    public ExtractionCode Code { get; }

    /// <summary>Gets the severity: error (no report, or none of this part), warning (figures left blank or not adding up), info.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the message, in English, naming the printed label and the figures.</summary>
    public string Message { get; }

    /// <summary>Gets the source (file name) the input was read from, where given.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the 1-based line of the input the diagnostic is about, where known.</summary>
    public int? Line { get; init; }

    /// <summary>Gets the key of the table concerned (<c>requests</c>, <c>legacy</c> …), where one is.</summary>
    public string? Table { get; init; }

    /// <summary>Gets the row label as printed, where one is concerned.</summary>
    public string? PrintedLabel { get; init; }

    /// <summary>Gets the cells concerned (left blank, recovered, or in a failing relation).</summary>
    public ImmutableArray<CellKey> Cells { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets, for a row whose cells ran together, the candidate splits: each the figures of <see cref="Cells"/>, in that order.</summary>
    public ImmutableArray<ImmutableArray<string>> Candidates { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the validation finding behind a <see cref="ExtractionCode.RelationFails"/> diagnostic.</summary>
    public ValidationFinding? Finding { get; init; }

    /// <summary>Formats the diagnostic as one line: <c>source:line: severity Code [table] 'label': message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Source is not null)
        {
            text.Append(Source).Append(':');
        }

        if (Line is { } line)
        {
            text.Append(line.ToString(CultureInfo.InvariantCulture)).Append(':');
        }

        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(Severity.ToString().ToLowerInvariant()).Append(' ').Append(Code);
        if (Table is not null)
        {
            text.Append(" [").Append(Table).Append(']');
        }

        text.Append(": ").Append(Message);
        return text.ToString();
    }
}
