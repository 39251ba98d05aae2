using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using GovDisclosure.Rollup;

namespace GovDisclosure.Cli;

/// <summary>
/// The histories as readable text: per agency a header, a table with the indicators as rows and the years as columns
/// (each indicator followed by its change and growth rows), and for legacy reports the check of the printed cumulative
/// totals; a legend closes the output.
/// </summary>
internal sealed class HistoryTextWriter(TextWriter output, DisplayLanguage language)
{
    private const string Gap = "  ";
    private const string Absent = "—";

    /// <summary>The number of rows listed one by one when the chain breaks in one year for one reason; more take one line.</summary>
    private const int BreaksListedByRow = 3;

    private bool English => language == DisplayLanguage.English;

    public void Write(IEnumerable<AgencyHistory> histories)
    {
        var any = false;
        foreach (var history in histories)
        {
            if (any)
            {
                output.WriteLine();
            }

            WriteHistory(history);
            any = true;
        }

        if (any)
        {
            output.WriteLine();
            output.WriteLine(English
                ? $"{Absent}: not applicable or cannot be computed (no report on the year before, not in that year's format, or growth from 0); blank: the report left a cell it needs blank. Growth = change / previous value."
                : $"{Absent}：不适用或无法计算（无上一年报告、该年格式无此指标、或自 0 起的增长率）；空白：报告所需单元格未填。增长率 = 增减 / 上年数。");
        }
    }

    private static string Signed(CellValue value) =>
        value.TryGetValue(out var number) && number > 0
            ? "+" + value.ToString(null, CultureInfo.InvariantCulture)
            : value.ToString(null, CultureInfo.InvariantCulture);

    private static string Growth(decimal? growth) =>
        growth is { } rate
            ? (rate > 0 ? "+" : string.Empty) + Math.Round(rate * 100, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%"
            : Absent;

    private void WriteHistory(AgencyHistory history)
    {
        var invariant = CultureInfo.InvariantCulture;
        var span = history.FirstYear == history.LastYear
            ? history.FirstYear.ToString(invariant)
            : string.Create(invariant, $"{history.FirstYear}–{history.LastYear}");
        var missing = history.MissingYears.IsEmpty ? string.Empty
            : English ? ", no report on " + string.Join(", ", history.MissingYears)
            : "，缺少 " + string.Join("、", history.MissingYears) + " 年的报告";
        output.WriteLine(English ? $"{history.AgencyName} ({history.Key}) {span}{missing}" : $"{history.AgencyName}（{history.Key}）{span} 年{missing}");

        var years = history.Reports.Select(r => r.Year).ToArray();
        List<string[]> rows =
        [
            [English ? "indicator" : "指标", .. years.Select(y => y.ToString(invariant))],
            [English ? "format" : "格式", .. history.Reports.Select(r => HistoryLabels.FormatKey(r.Format))],
        ];
        foreach (var group in HistoryLabels.ByIndicator(history))
        {
            var byYear = group.ToDictionary(r => r.Year);
            string[] Row(string label, Func<SeriesRow, string> cell) =>
                [label, .. years.Select(y => byYear.TryGetValue(y, out var row) ? cell(row) : Absent)];

            rows.Add(Row(HistoryLabels.Indicator(group.Key, language), r => Text(r.Value)));
            rows.Add(Row(English ? "  change" : "  增减", r => r.Change.IsApplicable ? Text(r.Change, signed: true) : Absent));
            rows.Add(Row(English ? "  growth" : "  增长率", r => Growth(r.GrowthRate)));
        }

        WriteTable(rows);
        WriteCumulative(CumulativeTotals.Recompute(history));
    }

    private string Text(CellValue value, bool signed = false) =>
        value.IsReported ? (signed ? Signed(value) : value.ToString(null, CultureInfo.InvariantCulture))
        : value.IsBlank ? (English ? "blank" : "空白")
        : Absent;

    private void WriteTable(List<string[]> rows)
    {
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], DisplayWidth.Of(row[c]));
            }
        }

        var line = new StringBuilder();
        foreach (var row in rows)
        {
            line.Clear().Append(DisplayWidth.PadRight(row[0], widths[0]));
            for (var c = 1; c < row.Length; c++)
            {
                line.Append(Gap).Append(new string(' ', widths[c] - DisplayWidth.Of(row[c]))).Append(row[c]);
            }

            output.WriteLine(line.ToString());
        }
    }

    private void WriteCumulative(CumulativeCheck check)
    {
        if (check.Years.IsEmpty)
        {
            return;
        }

        var invariant = CultureInfo.InvariantCulture;
        var years = check.Years.Length == 1 ? check.Years[0].ToString(invariant) : string.Create(invariant, $"{check.Years[0]}–{check.Years[^1]}");
        var heading = English ? $"Cumulative totals (历年累计) of the legacy reports {years}: " : $"历年累计核对（legacy 报告，{years} 年）：";
        if (check.Differences.IsEmpty && check.Breaks.IsEmpty)
        {
            output.WriteLine(heading + (check.Years.Length == 1
                ? English ? "one year only, nothing to recompute." : "仅一年，无可推算。"
                : English ? "every printed cumulative matches the one computed from the first year." : "印刷的累计数均与自首年推算的一致。"));
            return;
        }

        var (differences, breaks) = (check.Differences.Length, check.Breaks.Length);
        var parts = new List<string>();
        if (differences > 0)
        {
            parts.Add(English
                ? string.Create(invariant, $"{differences} printed {(differences == 1 ? "cumulative differs" : "cumulatives differ")} from the computed")
                : string.Create(invariant, $"印刷数与推算数不符 {differences} 处"));
        }

        if (breaks > 0)
        {
            parts.Add(English
                ? string.Create(invariant, $"the chain breaks {breaks} {(breaks == 1 ? "time" : "times")}")
                : string.Create(invariant, $"链条中断 {breaks} 处"));
        }

        output.WriteLine(heading + string.Join(English ? ", " : "，", parts) + (English ? ":" : "："));
        foreach (var difference in check.Differences)
        {
            var row = HistoryLabels.CumulativeRow(difference.Row, difference.IsOtherRow, language);
            var printed = difference.Printed.ToString(null, invariant);
            var computed = difference.Computed.ToString(null, invariant);
            var by = Signed(difference.Difference);
            output.WriteLine(English
                ? string.Create(invariant, $"  {difference.Year}  {row}: printed {printed}, computed {computed}, difference {by}")
                : string.Create(invariant, $"  {difference.Year}  {row}：印刷 {printed}，推算 {computed}，差 {by}"));
        }

        // A missing year breaks every row at once: breaks of one year and reason over many rows take one line.
        foreach (var group in check.Breaks.GroupBy(b => (b.Year, b.Reason, b.Restarted)))
        {
            var rows = group.ToList();
            var row = rows.Count <= BreaksListedByRow
                ? null
                : English
                    ? string.Create(invariant, $"{rows.Count} rows ({string.Join(", ", rows.Take(BreaksListedByRow).Select(b => b.Row))} …)")
                    : string.Create(invariant, $"{rows.Count} 行（{string.Join("、", rows.Take(BreaksListedByRow).Select(b => b.Row))} 等）");
            foreach (var chainBreak in row is null ? rows : rows.Take(1))
            {
                var label = row ?? HistoryLabels.CumulativeRow(chainBreak.Row, chainBreak.IsOtherRow, language);
                var reason = HistoryLabels.BreakReason(chainBreak.Reason, language);
                output.WriteLine(English
                    ? string.Create(invariant, $"  {chainBreak.Year}  {label}: chain broken, {reason}{(chainBreak.Restarted ? "; restarted from the printed cumulative" : string.Empty)}")
                    : string.Create(invariant, $"  {chainBreak.Year}  {label}：链条中断，{reason}{(chainBreak.Restarted ? "；自印刷的累计数重新起算" : string.Empty)}"));
            }
        }
    }
}

/// <summary>
/// The series rows (<see cref="SeriesTable"/>) as CSV with CsvHelper: RFC 4180, UTF-8 with a byte order mark (so that
/// spreadsheets read the Chinese names), a header of stable English names, blank and absent figures as empty fields,
/// growth as a decimal fraction, and text fields that a spreadsheet would run as a formula neutralised.
/// </summary>
internal static class HistoryCsvWriter
{
    private static readonly string[] Header =
    [
        "agencyName", "creditCode", "divisionCode", "agencyKey", "year", "format", "indicator",
        "value", "previousYear", "previous", "change", "growthRate",
    ];

    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape };

    public static void Write(TextWriter output, IEnumerable<AgencyHistory> histories)
    {
        // The writer gets text, which the output encodes: the byte order mark is written as a character.
        output.Write('\uFEFF');
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader(Header);
        foreach (var row in SeriesTable.Rows(histories))
        {
            csv.WriteField(row.AgencyName);
            csv.WriteField(row.CreditCode?.Value);
            csv.WriteField(row.DivisionCode?.Value);
            csv.WriteField(row.AgencyKey);
            csv.WriteField(row.Year, default);
            csv.WriteField(HistoryLabels.FormatKey(row.Format));
            csv.WriteField(row.IndicatorKey);
            WriteNumber(csv, row.Value.GetValueOrNull());
            if (row.PreviousYear is { } previousYear)
            {
                csv.WriteField(previousYear, default);
            }
            else
            {
                csv.WriteField((string?)null);
            }

            WriteNumber(csv, row.Previous.GetValueOrNull());
            WriteNumber(csv, row.Change.GetValueOrNull());
            WriteNumber(csv, row.GrowthRate);
            csv.EndRecord();
        }

        csv.Flush();
    }

    private static void WriteNumber(CsvWriter csv, decimal? value)
    {
        // Numbers are written as numbers, not text: a negative change is not taken for a formula and escaped.
        if (value is { } number)
        {
            csv.WriteField(number, default);
        }
        else
        {
            csv.WriteField((string?)null);
        }
    }
}

/// <summary>
/// The histories as one JSON array (indented, UTF-8, Chinese not escaped), written agency by agency: identity, years,
/// the series of each key indicator the formats can give, and the cumulative check of legacy reports.
/// </summary>
internal sealed class HistoryJsonWriter(TextWriter output, DisplayLanguage language)
{
    public void Write(IEnumerable<AgencyHistory> histories)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartArray();
        foreach (var history in histories)
        {
            WriteHistory(w, history);
            w.Flush();
            output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }

        w.WriteEndArray();
        w.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    private static void WriteValue(Utf8JsonWriter w, string name, CellValue value)
    {
        if (value.IsReported)
        {
            w.WritePropertyName(name);
            w.WriteRawValue(value.ToString(null, CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteIfKnown(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private void WriteHistory(Utf8JsonWriter w, AgencyHistory history)
    {
        w.WriteStartObject();
        w.WriteString("agency", history.AgencyName);
        w.WriteString("key", history.Key.ToString());
        WriteIfKnown(w, "creditCode", history.Agency.CreditCode?.Value);
        WriteIfKnown(w, "divisionCode", history.Agency.DivisionCode?.Value);
        w.WriteStartArray("years");
        foreach (var report in history.Reports)
        {
            w.WriteStartObject();
            w.WriteNumber("year", report.Year);
            w.WriteString("format", HistoryLabels.FormatKey(report.Format));
            w.WriteString("agency", report.Agency.Name);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("missingYears");
        foreach (var year in history.MissingYears)
        {
            w.WriteNumberValue(year);
        }

        w.WriteEndArray();
        w.WriteStartArray("series");
        foreach (var group in HistoryLabels.ByIndicator(history))
        {
            w.WriteStartObject();
            w.WriteString("indicator", group.First().IndicatorKey);
            w.WriteString("label", HistoryLabels.Indicator(group.Key, language));
            w.WriteStartArray("points");
            foreach (var row in group)
            {
                w.WriteStartObject();
                w.WriteNumber("year", row.Year);
                w.WriteString("format", HistoryLabels.FormatKey(row.Format));
                WriteValue(w, "value", row.Value);
                if (row.PreviousYear is { } previousYear)
                {
                    w.WriteNumber("previousYear", previousYear);
                }
                else
                {
                    w.WriteNull("previousYear");
                }

                WriteValue(w, "previous", row.Previous);
                WriteValue(w, "change", row.Change);
                if (row.GrowthRate is { } growth)
                {
                    w.WriteNumber("growthRate", growth);
                }
                else
                {
                    w.WriteNull("growthRate");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteCumulative(w, history);
        w.WriteEndObject();
    }

    private void WriteCumulative(Utf8JsonWriter w, AgencyHistory history)
    {
        var check = CumulativeTotals.Recompute(history);
        if (check.Years.IsEmpty)
        {
            w.WriteNull("cumulative");
            return;
        }

        w.WriteStartObject("cumulative");
        w.WriteStartArray("years");
        foreach (var year in check.Years)
        {
            w.WriteNumberValue(year);
        }

        w.WriteEndArray();
        w.WriteBoolean("consistent", check.IsConsistent);
        w.WriteStartArray("differences");
        foreach (var difference in check.Differences)
        {
            w.WriteStartObject();
            w.WriteNumber("year", difference.Year);
            w.WriteString("row", difference.Row);
            w.WriteBoolean("otherRow", difference.IsOtherRow);
            w.WriteString("label", HistoryLabels.CumulativeRow(difference.Row, difference.IsOtherRow, language));
            w.WriteString("cell", difference.Cell?.ToString());
            WriteValue(w, "printed", difference.Printed);
            WriteValue(w, "computed", difference.Computed);
            WriteValue(w, "difference", difference.Difference);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("breaks");
        foreach (var chainBreak in check.Breaks)
        {
            w.WriteStartObject();
            w.WriteNumber("year", chainBreak.Year);
            w.WriteString("row", chainBreak.Row);
            w.WriteBoolean("otherRow", chainBreak.IsOtherRow);
            w.WriteString("label", HistoryLabels.CumulativeRow(chainBreak.Row, chainBreak.IsOtherRow, language));
            w.WriteString("reason", HistoryLabels.BreakReasonKey(chainBreak.Reason));
            w.WriteBoolean("restarted", chainBreak.Restarted);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
