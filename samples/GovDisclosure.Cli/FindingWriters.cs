using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovDisclosure.Catalog;
using GovDisclosure.Validation;

namespace GovDisclosure.Cli;

/// <summary>Writes findings to standard output as they are found.</summary>
internal interface IFindingWriter : IDisposable
{
    /// <summary>Gets a value indicating whether a finding was written.</summary>
    bool WroteAny { get; }

    /// <summary>Writes a finding.</summary>
    void Write(ValidationFinding finding);

    /// <summary>Ends the output of findings.</summary>
    void Finish();
}

/// <summary>
/// One row per finding in aligned columns: report, code, severity, then the message, the report's reason where it explains
/// the finding, and the cells in brackets. The widths are fixed, so that rows can be written as they come; a longer report
/// name or location runs over its column rather than being cut. The cells come last because their keys are long and vary
/// in number: a column of its own could not stay aligned.
/// </summary>
internal sealed class TextFindingWriter(TextWriter output, DisplayLanguage language) : IFindingWriter
{
    /// <summary>The width of the report column, in terminal columns (a Chinese character takes two).</summary>
    private const int ReportWidth = 30;

    /// <summary>The number of cell keys listed; the others are counted as <c>…+N</c>.</summary>
    private const int CellsShown = 3;

    private const int CodeWidth = 6;
    private const string Gap = "  ";

    private readonly int _severityWidth = Labels.SeverityColumnWidth(language);

    public bool WroteAny { get; private set; }

    public void Write(ValidationFinding finding)
    {
        if (!WroteAny)
        {
            WriteRow(Labels.Header(language));
            WroteAny = true;
        }

        var message = new StringBuilder(finding.GetMessage(language));
        if (finding.Explanation is { } explanation)
        {
            message.Append(language == DisplayLanguage.English ? " Reason: " : "理由：").Append(explanation.Reason);
        }

        if (!finding.Cells.IsEmpty)
        {
            message.Append(" [").Append(Cells(finding.Cells)).Append(']');
        }

        WriteRow([Report(finding), finding.Code, Labels.SeverityColumn(finding, language), message.ToString()]);
    }

    public void Finish()
    {
    }

    public void Dispose()
    {
    }

    /// <summary>The report column: agency and year, or for an input that could not be read its source, line and column.</summary>
    private static string Report(ValidationFinding finding)
    {
        if (finding.Report is { } report)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{report.AgencyName} {report.Year}");
        }

        if (finding.Location is { } location)
        {
            return (location with { Path = null }).ToString();
        }

        return "-";
    }

    /// <summary>The cells: the first <see cref="CellsShown"/> keys, then <c>…+N</c> for the others.</summary>
    private static string Cells(ImmutableArray<CellKey> cells) =>
        string.Join(", ", cells.Take(CellsShown))
        + (cells.Length > CellsShown ? string.Create(CultureInfo.InvariantCulture, $" …+{cells.Length - CellsShown}") : string.Empty);

    private void WriteRow(string[] columns) =>
        output.WriteLine(
            DisplayWidth.PadRight(columns[0], ReportWidth) + Gap
            + DisplayWidth.PadRight(columns[1], CodeWidth) + Gap
            + DisplayWidth.PadRight(columns[2], _severityWidth) + Gap
            + columns[3]);
}

/// <summary>
/// One JSON array of finding objects, indented, written with <see cref="Utf8JsonWriter"/> and handed to the output
/// after each finding.
/// </summary>
internal sealed class JsonFindingWriter : IFindingWriter
{
    private readonly TextWriter _output;
    private readonly DisplayLanguage _language;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _writer;

    public JsonFindingWriter(TextWriter output, DisplayLanguage language)
    {
        _output = output;
        _language = language;

        // Chinese stays readable: the output is a file or a pipe, never HTML.
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _writer.WriteStartArray();
    }

    public bool WroteAny { get; private set; }

    public void Write(ValidationFinding finding)
    {
        var w = _writer;
        w.WriteStartObject();
        if (finding.Report is { } report)
        {
            w.WriteStartObject("report");
            w.WriteString("agency", report.AgencyName);
            WriteIfKnown("creditCode", report.CreditCode?.ToString());
            WriteIfKnown("divisionCode", report.DivisionCode?.ToString());
            w.WriteNumber("year", report.Year);
            w.WriteString("format", FormatCatalog.Get(report.Format).Key);
            WriteIfKnown("source", report.Source);
            if (report.Line is { } reportLine)
            {
                w.WriteNumber("line", reportLine);
            }

            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("report");
        }

        if (finding.Location is { } location)
        {
            w.WriteStartObject("location");
            WriteIfKnown("source", location.Source);
            if (location.Line is { } line)
            {
                w.WriteNumber("line", line);
            }

            if (location.Column is { } column)
            {
                w.WriteNumber("column", column);
            }

            WriteIfKnown("path", location.Path);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("location");
        }

        w.WriteString("code", finding.Code);
        w.WriteString("severity", Labels.SeverityKey(finding.Severity));
        w.WriteStartArray("cells");
        foreach (var cell in finding.Cells)
        {
            w.WriteStringValue(cell.ToString());
        }

        w.WriteEndArray();
        w.WriteString("relation", finding.RelationId);
        WriteValue("expected", finding.Expected);
        WriteValue("actual", finding.Actual);
        w.WriteBoolean("explained", finding.IsExplained);
        w.WriteString("reason", finding.Explanation?.Reason);
        w.WriteString("message", finding.GetMessage(_language));
        w.WriteEndObject();
        Drain();
        WroteAny = true;
    }

    public void Finish()
    {
        _writer.WriteEndArray();
        Drain();
        _output.Write('\n');
    }

    public void Dispose() => _writer.Dispose();

    private void WriteIfKnown(string name, string? value)
    {
        if (value is not null)
        {
            _writer.WriteString(name, value);
        }
    }

    private void WriteValue(string name, CellValue value)
    {
        if (value.IsReported)
        {
            _writer.WritePropertyName(name);
            _writer.WriteRawValue(value.ToString(null, CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else
        {
            _writer.WriteNull(name);
        }
    }

    /// <summary>Hands what was written so far to the output (complete JSON tokens, so no character is split).</summary>
    private void Drain()
    {
        _writer.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}

/// <summary>The summary of a validation: several lines after the text table, or one line on standard error with json.</summary>
internal sealed class ValidationSummaryText(BatchSummary summary, IReadOnlyList<string> ignored, int hidden, Severity least, DisplayLanguage language)
{
    private const int IgnoredNamedInOneLine = 3;

    private bool English => language == DisplayLanguage.English;

    /// <summary>Writes the summary after the table, a blank line first when rows were written.</summary>
    public void Write(TextWriter output, bool separate)
    {
        if (separate)
        {
            output.WriteLine();
        }

        foreach (var sentence in Sentences())
        {
            output.WriteLine(sentence);
        }

        if (summary.ByCode.Length > 0)
        {
            output.WriteLine(English ? "By code:" : "按代码：");
            var countWidth = summary.ByCode.Max(c => c.Count.ToString(CultureInfo.InvariantCulture).Length);
            var severityWidth = Enum.GetValues<Severity>().Max(s => DisplayWidth.Of(Labels.SeverityLabel(s, language)));
            foreach (var code in summary.ByCode)
            {
                var explained = code.Explained == 0 ? string.Empty
                    : English ? string.Create(CultureInfo.InvariantCulture, $" (and {code.Explained} explained)")
                    : string.Create(CultureInfo.InvariantCulture, $"（另有 {code.Explained} 条已说明）");
                output.WriteLine(
                    "  " + code.Rule.Code
                    + "  " + DisplayWidth.PadRight(Labels.SeverityLabel(code.Severity, language), severityWidth)
                    + "  " + code.Count.ToString(CultureInfo.InvariantCulture).PadLeft(countWidth)
                    + "  " + code.Rule.GetTitle(language) + explained);
            }
        }

        if (ignored.Count > 0)
        {
            output.WriteLine(English
                ? string.Create(CultureInfo.InvariantCulture, $"Ignored {Count(ignored.Count, "file")} in the folders that are not report files:")
                : string.Create(CultureInfo.InvariantCulture, $"已忽略文件夹中 {ignored.Count} 个非报告文件："));
            foreach (var file in ignored)
            {
                output.WriteLine("  " + file);
            }
        }
    }

    /// <summary>The summary as one line: the sentences, and the number of files ignored with the first few named.</summary>
    public string OneLine()
    {
        var sentences = Sentences().ToList();
        if (ignored.Count > 0)
        {
            var names = string.Join(", ", ignored.Take(IgnoredNamedInOneLine))
                + (ignored.Count > IgnoredNamedInOneLine ? string.Create(CultureInfo.InvariantCulture, $" …+{ignored.Count - IgnoredNamedInOneLine}") : string.Empty);
            sentences.Add(English
                ? string.Create(CultureInfo.InvariantCulture, $"Ignored {Count(ignored.Count, "file")} in the folders that are not report files: {names}.")
                : string.Create(CultureInfo.InvariantCulture, $"已忽略文件夹中 {ignored.Count} 个非报告文件：{names}。"));
        }

        return string.Join(English ? " " : string.Empty, sentences);
    }

    private static string Count(int count, string noun, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? noun : plural ?? noun + "s")}");

    private IEnumerable<string> Sentences()
    {
        var invariant = CultureInfo.InvariantCulture;
        if (!summary.IsComplete)
        {
            yield return English
                ? string.Create(invariant, $"INCOMPLETE: {Count(summary.UnreadableInputs, "input")} could not be read; the results do not cover the whole batch.")
                : string.Create(invariant, $"不完整：{summary.UnreadableInputs} 个输入无法读取，结果未覆盖整批报告。");
        }

        if (summary.Reports == 0 && summary.IsComplete)
        {
            yield return English ? "No reports were found." : "未找到任何报告。";
        }

        var agencies = summary.HistoryChecked
            ? English
                ? string.Create(invariant, $" ({Count(summary.Agencies ?? 0, "agency", "agencies")}, also across years)")
                : string.Create(invariant, $"（{summary.Agencies ?? 0} 个单位，含跨年度核对）")
            : string.Empty;
        var withErrors = summary.ReportsWithErrors == 0 ? string.Empty
            : English ? string.Create(invariant, $" {Count(summary.ReportsWithErrors, "report")} with errors.")
            : string.Create(invariant, $"有错误的报告 {summary.ReportsWithErrors} 份。");
        yield return English
            ? string.Create(invariant, $"Validated {Count(summary.Reports, "report")}{agencies}: {Count(summary.ErrorCount, "error")}, {Count(summary.WarningCount, "warning")}, {summary.InfoCount} info, {summary.ExplainedCount} explained.{withErrors}")
            : string.Create(invariant, $"已核对 {summary.Reports} 份报告{agencies}：错误 {summary.ErrorCount}，警告 {summary.WarningCount}，提示 {summary.InfoCount}，已说明 {summary.ExplainedCount}。{withErrors}");

        if (hidden > 0)
        {
            yield return English
                ? string.Create(invariant, $"{Count(hidden, "finding")} less severe than {Labels.SeverityLabel(least, language)} not listed (--min-severity info lists them).")
                : string.Create(invariant, $"另有 {hidden} 条低于“{Labels.SeverityLabel(least, language)}”级别的结果未列出（--min-severity info 可全部列出）。");
        }
    }
}

/// <summary>The labels of the validate command's output in Chinese and English.</summary>
internal static class Labels
{
    public static string[] Header(DisplayLanguage language) => language == DisplayLanguage.English
        ? ["report", "code", "severity", "message [cells]"]
        : ["报告", "代码", "级别", "内容 [单元格]"];

    /// <summary>The severity's key in JSON: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string SeverityKey(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string SeverityLabel(Severity severity, DisplayLanguage language) => language == DisplayLanguage.English
        ? SeverityKey(severity)
        : severity switch
        {
            Severity.Error => "错误",
            Severity.Warning => "警告",
            _ => "提示",
        };

    /// <summary>The severity column: the severity, marked when the report explains the finding.</summary>
    public static string SeverityColumn(ValidationFinding finding, DisplayLanguage language) =>
        SeverityLabel(finding.Severity, language) + (finding.IsExplained ? Explained(language) : string.Empty);

    public static int SeverityColumnWidth(DisplayLanguage language) =>
        Enum.GetValues<Severity>().Max(s => DisplayWidth.Of(SeverityLabel(s, language) + Explained(language)));

    private static string Explained(DisplayLanguage language) => language == DisplayLanguage.English ? " (explained)" : "（已说明）";
}

/// <summary>The width of text in a terminal: East Asian wide and full-width characters take two columns.</summary>
internal static class DisplayWidth
{
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    /// <summary>Pads text with spaces to a width; text as wide or wider is returned as it is.</summary>
    public static string PadRight(string text, int width)
    {
        var actual = Of(text);
        return actual >= width ? text : text + new string(' ', width - actual);
    }

    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F)
            or (>= 0x2E80 and <= 0x303E)
            or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x20000 and <= 0x3FFFD);
}
