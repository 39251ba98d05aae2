using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using CsvHelper;
using GovDisclosure.Catalog;
using GovDisclosure.Internals;
using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Serialization.Csv;

/// <summary>
/// Writes reports in one layout: the header once, then each report's records. The records of a report are written one
/// at a time, and the caller ends each (synchronously or asynchronously), so one code path serves both.
/// </summary>
internal abstract class CsvReportWriter
{
    /// <summary>Gets the column names, or <see langword="null"/> while they depend on a report not seen yet.</summary>
    public abstract string[]? Header { get; }

    /// <summary>Creates the writer of a layout.</summary>
    public static CsvReportWriter Create(CsvWriteOptions options) => options.Layout == CsvLayout.Wide
        ? new WideCsvWriter(options.WideFormats)
        : new TidyCsvWriter();

    /// <summary>Fixes the header from the first report, if it depends on it.</summary>
    public virtual void Begin(AnnualReport report)
    {
    }

    /// <summary>Writes the fields of the report's records, one record per step; the caller ends the record after each step.</summary>
    public abstract IEnumerable<bool> WriteRecords(CsvWriter csv, AnnualReport report);

    /// <summary>Writes a reported value (its decimals as printed) or, for a blank, an empty field.</summary>
    protected static void WriteValue(CsvWriter csv, CellValue value)
    {
        if (!value.IsReported)
        {
            csv.WriteField(ReadOnlySpan<byte>.Empty);
            return;
        }

        Span<char> text = stackalloc char[48];
        value.TryFormat(text, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        csv.WriteField(text[..written]);
    }

    /// <summary>Writes the unit of a money cell as its key (the unit the report states, else the catalogue's default), or an empty field.</summary>
    protected static void WriteUnit(CsvWriter csv, AnnualReport report, CellDefinition cell)
    {
        if (cell.Kind == ValueKind.Money && report.GetMoneyUnit(cell.Key) is { } unit)
        {
            csv.WriteField(Keys.Of(unit));
        }
        else
        {
            csv.WriteField(ReadOnlySpan<byte>.Empty);
        }
    }

    /// <summary>Writes the identity fields of a report.</summary>
    protected static void WriteIdentity(CsvWriter csv, byte[][] identity)
    {
        foreach (var field in identity)
        {
            csv.WriteField(field);
        }
    }
}

/// <summary>
/// The tidy layout: one record per applicable cell, then per period of each legacy row the catalogue does not know, then
/// per breakdown entry; a report with none of these (a legacy report that printed no figure) has one record of its
/// identity alone, with empty table, row and column.
/// </summary>
internal sealed class TidyCsvWriter : CsvReportWriter
{
    /// <summary>The columns after the identity columns.</summary>
    public static readonly string[] CellColumns = ["table", "row", "column", "value", "unit", "rowLabel", "columnLabel"];

    /// <summary>Gets the tidy header.</summary>
    public static string[] Columns { get; } = [.. CsvIdentity.Columns, .. CellColumns];

    public override string[] Header => Columns;

    public override IEnumerable<bool> WriteRecords(CsvWriter csv, AnnualReport report)
    {
        var identity = CsvIdentity.Fields(report);
        var catalog = CsvCatalog.Of(report.Definition);
        var cells = report.Cells;
        var written = false;
        foreach (var cell in catalog.Cells)
        {
            var value = cells[cell.Definition.Ordinal];
            if (!value.IsApplicable)
            {
                continue;
            }

            written = true;
            WriteIdentity(csv, identity);
            csv.WriteField(cell.Table);
            csv.WriteField(cell.Row);
            csv.WriteField(cell.Column);
            WriteValue(csv, value);
            WriteUnit(csv, report, cell.Definition);
            csv.WriteField(cell.RowLabel);
            csv.WriteField(cell.ColumnLabel);
            yield return true;
        }

        for (var i = 0; i < report.LegacyOtherRows.Length; i++)
        {
            var row = report.LegacyOtherRows[i];
            var key = $"{CsvCatalog.OtherRowsKey}[{i}]";
            var label = CsvText.ProtectUtf8(row.Label);
            foreach (var period in catalog.Periods)
            {
                var value = row[period.Period];
                if (!value.IsApplicable)
                {
                    continue;
                }

                written = true;
                WriteIdentity(csv, identity);
                csv.WriteField(CsvCatalog.LegacyTableKey);
                csv.WriteField(key);
                csv.WriteField(period.Key);
                WriteValue(csv, value);
                csv.WriteField(ReadOnlySpan<byte>.Empty);
                csv.WriteField(label);
                csv.WriteField(period.Label);
                yield return true;
            }
        }

        foreach (var kind in Enum.GetValues<BreakdownKind>())
        {
            var entries = report.Breakdowns.Get(kind);
            var (kindKey, _, kindLabel) = CsvCatalog.Breakdowns[(int)kind];
            for (var i = 0; i < entries.Length; i++)
            {
                written = true;
                WriteIdentity(csv, identity);
                csv.WriteField(CsvCatalog.BreakdownsTableKey);
                csv.WriteField($"{kindKey}[{i}]");
                csv.WriteField(CsvCatalog.BreakdownCountKey);
                WriteValue(csv, entries[i].Count);
                csv.WriteField(ReadOnlySpan<byte>.Empty);
                csv.WriteField(CsvText.ProtectUtf8(entries[i].Label));
                csv.WriteField(kindLabel);
                yield return true;
            }
        }

        if (!written)
        {
            WriteIdentity(csv, identity);
            foreach (var _ in CellColumns)
            {
                csv.WriteField(ReadOnlySpan<byte>.Empty);
            }

            yield return true;
        }
    }
}

/// <summary>
/// The wide layout: one record per report, with a column per cell key of the formats the file holds (a key two formats
/// share is one column), each money cell followed by its unit, then the legacy rows the catalogue does not know and the
/// prose breakdowns as JSON.
/// </summary>
internal sealed class WideCsvWriter(ImmutableArray<ReportFormat> formats) : CsvReportWriter
{
    private WideColumns? _columns = formats.IsEmpty ? null : WideColumns.For([.. formats.Select(FormatCatalog.Get)]);

    public override string[]? Header => _columns?.Names;

    public override void Begin(AnnualReport report) =>
        _columns ??= WideColumns.For([report.Definition]);

    public override IEnumerable<bool> WriteRecords(CsvWriter csv, AnnualReport report)
    {
        var columns = _columns!;
        var ordinals = columns.OrdinalsOf(report.Definition)
            ?? throw new InvalidOperationException(
                $"The report {report} is a {report.Definition.Key} report, but the wide file has the columns of {string.Join(", ", columns.Formats.Select(f => f.Key))}: "
                + "list every format the reports have in CsvWriteOptions.WideFormats (the header is written before the reports), or use the tidy layout.");
        WriteIdentity(csv, CsvIdentity.Fields(report));
        var cells = report.Cells;
        for (var i = CsvIdentity.Columns.Length; i < columns.Names.Length; i++)
        {
            var column = columns.Kinds[i];
            var ordinal = ordinals[i];
            switch (column)
            {
                case WideColumnKind.Cell:
                    if (ordinal < 0 || !cells[ordinal].IsApplicable)
                    {
                        csv.WriteField(CsvText.NotApplicable);
                    }
                    else
                    {
                        WriteValue(csv, cells[ordinal]);
                    }

                    break;
                case WideColumnKind.Unit:
                    if (ordinal >= 0 && cells[ordinal].IsApplicable)
                    {
                        WriteUnit(csv, report, report.Definition.Cells[ordinal]);
                    }
                    else
                    {
                        csv.WriteField(ReadOnlySpan<byte>.Empty);
                    }

                    break;
                case WideColumnKind.OtherRows:
                    WriteJson(csv, report.LegacyOtherRows.IsEmpty ? null : w => ReportJsonWriter.WriteOtherRows(w, report));
                    break;
                default:
                    WriteJson(csv, report.Breakdowns.IsEmpty ? null : w => ReportJsonWriter.WriteBreakdowns(w, report.Breakdowns));
                    break;
            }
        }

        yield return true;
    }

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void WriteJson(CsvWriter csv, Action<Utf8JsonWriter>? write)
    {
        if (write is null)
        {
            csv.WriteField(ReadOnlySpan<byte>.Empty);
            return;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(writer);
        }

        csv.WriteField(buffer.WrittenSpan);
    }
}

/// <summary>What a wide column holds.</summary>
internal enum WideColumnKind
{
    Identity,
    Cell,
    Unit,
    OtherRows,
    Breakdowns,
}

/// <summary>The columns of a wide file holding some formats, and where each format's cells are among them.</summary>
internal sealed class WideColumns
{
    private readonly Dictionary<ReportFormat, int[]> _ordinals = [];

    private WideColumns(ImmutableArray<FormatDefinition> formats)
    {
        Formats = formats;
        var names = new List<string>(CsvIdentity.Columns);
        var kinds = new List<WideColumnKind>(CsvIdentity.Columns.Select(_ => WideColumnKind.Identity));
        var keys = new List<string?>(CsvIdentity.Columns.Select(_ => (string?)null));
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var format in formats)
        {
            foreach (var cell in CsvCatalog.Of(format).Cells)
            {
                if (added.Add(cell.Key))
                {
                    names.Add(cell.Key);
                    kinds.Add(WideColumnKind.Cell);
                    keys.Add(cell.Key);
                }

                if (cell.Definition.Kind == ValueKind.Money && added.Add(cell.Key + CsvCatalog.UnitSuffix))
                {
                    names.Add(cell.Key + CsvCatalog.UnitSuffix);
                    kinds.Add(WideColumnKind.Unit);
                    keys.Add(cell.Key);
                }
            }
        }

        if (formats.Any(f => f.Format == ReportFormat.Legacy))
        {
            names.Add(CsvCatalog.OtherRowsColumn);
            kinds.Add(WideColumnKind.OtherRows);
            keys.Add(null);
        }

        names.Add(CsvCatalog.BreakdownsColumn);
        kinds.Add(WideColumnKind.Breakdowns);
        keys.Add(null);
        Names = [.. names];
        Kinds = [.. kinds];
        foreach (var format in formats)
        {
            var catalog = CsvCatalog.Of(format);
            _ordinals[format.Format] = [.. keys.Select(k => k is null ? -1 : catalog.FindOrdinal(k))];
        }
    }

    /// <summary>Gets the formats, in the order their columns were added.</summary>
    public ImmutableArray<FormatDefinition> Formats { get; }

    /// <summary>Gets the column names.</summary>
    public string[] Names { get; }

    /// <summary>Gets what each column holds.</summary>
    public WideColumnKind[] Kinds { get; }

    /// <summary>Gets the columns of files holding some formats.</summary>
    public static WideColumns For(ImmutableArray<FormatDefinition> formats) => new(formats);

    /// <summary>Gets, for each column, the ordinal of the format's cell it holds (or whose unit it holds), -1 for none; <see langword="null"/> for a format the file does not hold.</summary>
    public int[]? OrdinalsOf(FormatDefinition format) => _ordinals.GetValueOrDefault(format.Format);
}
