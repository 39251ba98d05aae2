using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Tests.Serialization;

/// <summary>A broken report document and where its offending token is (1-based line and column, in characters).</summary>
/// <param name="Text">The JSON.</param>
/// <param name="Line">The line of the offending token.</param>
/// <param name="Column">The column of the offending token.</param>
internal sealed record BadJson(string Text, long Line, long Column)
{
    /// <summary>The string value that <see cref="Make"/> replaces; put it where the offending token goes.</summary>
    public const string Marker = "@@offending@@";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes a report, lets <paramref name="edit"/> put <see cref="Marker"/> as a value or property name where the
    /// offending token goes, and replaces the quoted marker by <paramref name="replacement"/> (raw JSON text).
    /// </summary>
    /// <param name="report">The report to start from.</param>
    /// <param name="edit">Puts the marker in.</param>
    /// <param name="replacement">The offending JSON text, such as <c>"208"</c> (with quotes), <c>-1</c> or <c>"year"</c>.</param>
    /// <param name="indented">Whether the document is indented (several lines) or one line.</param>
    /// <returns>The document and the position of the offending token.</returns>
    public static BadJson Make(AnnualReport report, Action<JsonObject> edit, string replacement, bool indented = true)
    {
        var root = JsonNode.Parse(GovDisclosureJson.Serialize(report))!.AsObject();
        edit(root);
        var text = root.ToJsonString(indented ? Indented : Compact);
        var quoted = "\"" + Marker + "\"";
        var index = text.IndexOf(quoted, StringComparison.Ordinal);
        if (index < 0 || text.IndexOf(quoted, index + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException("The edit must put the marker in exactly once.");
        }

        text = string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + quoted.Length));
        var (line, column) = PositionOf(text, index);
        return new BadJson(text, line, column);
    }

    /// <summary>Gets the 1-based line and column (in UTF-16 characters) of a character of a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The character's index.</param>
    /// <returns>The line and column.</returns>
    public static (long Line, long Column) PositionOf(string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

        return (line, index - lineStart + 1);
    }

    /// <summary>Reads the document, asserting that it fails with a <see cref="ReportReadException"/>, and returns the error.</summary>
    /// <param name="text">The document.</param>
    /// <param name="source">The source name.</param>
    /// <returns>The error.</returns>
    public static ReportReadException ReadError(string text, string? source = "report.json") =>
        FluentActions.Invoking(() => GovDisclosureJson.Deserialize(text, source)).Should().ThrowExactly<ReportReadException>().Which;

    /// <summary>Reads the document, asserting that it fails with a <see cref="ReportReadException"/>, and returns the error.</summary>
    /// <returns>The error.</returns>
    public ReportReadException ReadError() => ReadError(Text);

    /// <summary>Asserts that an error names exactly this JSON path and points at this document's offending token.</summary>
    /// <param name="error">The error.</param>
    /// <param name="path">The JSON path.</param>
    public void ShouldPointAt(ReportReadException error, string path)
    {
        error.Location.Path.Should().Be(path);
        error.Location.Line.Should().Be(Line, "the line is the offending token's");
        error.Location.Column.Should().Be(Column, "the column is the offending token's");
        error.Location.Source.Should().Be("report.json");
    }
}
