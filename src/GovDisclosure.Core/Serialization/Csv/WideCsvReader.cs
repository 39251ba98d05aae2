using CsvHelper;
using GovDisclosure.Catalog;
using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Serialization.Csv;

/// <summary>
/// Reads the wide layout: one report per record, a column per cell key of the formats the file holds. A cell field is a
/// number, empty (blank) or <c>NA</c> (the report has no such cell: an optional row or period it left out, or a cell of
/// another format).
/// </summary>
internal sealed class WideCsvReader : CsvLayoutReader
{
    /// <summary>For each column: its cell key (cell and unit columns), or <see langword="null"/>.</summary>
    private readonly string?[] _keys;
    private readonly WideColumnKind[] _kinds;
    private readonly Dictionary<ReportFormat, FormatColumns> _formats = [];
    private readonly int _otherRows;
    private readonly int _breakdowns;
    private readonly int _maxListEntries;

    public WideCsvReader(string[] header, string? source, int maxListEntries)
        : base(header, source)
    {
        _maxListEntries = maxListEntries;
        _keys = new string?[header.Length];
        _kinds = new WideColumnKind[header.Length];
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i];
            if (CsvIdentity.Columns.Contains(name, StringComparer.Ordinal))
            {
                _kinds[i] = WideColumnKind.Identity;
            }
            else if (name == CsvCatalog.OtherRowsColumn)
            {
                _kinds[i] = WideColumnKind.OtherRows;
            }
            else if (name == CsvCatalog.BreakdownsColumn)
            {
                _kinds[i] = WideColumnKind.Breakdowns;
            }
            else if (name.EndsWith(CsvCatalog.UnitSuffix, StringComparison.Ordinal))
            {
                var key = name[..^CsvCatalog.UnitSuffix.Length];
                if (!FormatCatalog.All.Any(f => CsvCatalog.Of(f).FindOrdinal(key) is var o and >= 0 && f.Cells[o].Kind == ValueKind.Money))
                {
                    throw HeaderError(name, $"unknown column '{name}': a unit column is a money cell's key followed by ':unit', and no format has a money cell '{key}'.");
                }

                _kinds[i] = WideColumnKind.Unit;
                _keys[i] = key;
            }
            else if (FormatCatalog.All.Any(f => CsvCatalog.Of(f).FindOrdinal(name) >= 0))
            {
                _kinds[i] = WideColumnKind.Cell;
                _keys[i] = name;
            }
            else
            {
                throw HeaderError(name, CellKey.TryParse(name, out var key)
                    ? $"unknown column '{name}': no format has that cell ({string.Join(" ", FormatCatalog.All.Select(f => f.DescribeUnknownCell(key)))})."
                    : $"unknown column '{name}': a wide report CSV has the identity columns ({string.Join(", ", CsvIdentity.Columns)}), a column per cell key (such as requests.granted.total), money cells' units (key:unit), otherRows and breakdowns (see docs/csv.md).");
            }
        }

        _otherRows = Array.IndexOf(header, CsvCatalog.OtherRowsColumn);
        _breakdowns = Array.IndexOf(header, CsvCatalog.BreakdownsColumn);

        ReportReadException HeaderError(string column, string problem) => new(problem, new ReadLocation { Source = source, Line = 1, Path = column });
    }

    public override ReportReadResult? Accept(CsvReader csv)
    {
        var line = csv.LineNumber;
        try
        {
            if (CheckFieldCount(csv) is { } problem)
            {
                throw new CsvFieldException(null, problem);
            }

            var builder = ParseIdentity(csv).ToBuilder();
            Take(csv, builder);
            return ReportReadResult.Success(builder.BuildAndRelease(), new ReadLocation { Source = Source, Line = line });
        }
        catch (CsvFieldException exception)
        {
            return ReportReadResult.Failure(Error(line, exception));
        }
    }

    public override ReportReadResult? Finish() => null;

    private void Take(CsvReader csv, AnnualReportBuilder builder)
    {
        var definition = builder.Definition;
        var columns = ColumnsOf(definition);
        if (columns.Missing.Count > 0)
        {
            throw new CsvFieldException(null, $"the header has no column for {(columns.Missing.Count == 1 ? "cell" : "cells")} {ListKeys(columns.Missing)} of the {definition.Key} format: a wide file has a column for every cell of each format its reports have.");
        }

        // The cells: NA (not in the report), empty (blank) or a number.
        var cells = definition.Cells;
        var values = new CellValue[cells.Length];
        var rowPresent = new HashSet<RowDefinition>();
        var columnPresent = new HashSet<ColumnDefinition>();
        for (var ordinal = 0; ordinal < cells.Length; ordinal++)
        {
            var cell = cells[ordinal];
            var index = columns.CellColumn[ordinal];
            var field = csv.GetSpan(index);
            if (field.SequenceEqual(CsvText.NotApplicable))
            {
                continue;
            }

            values[ordinal] = ParseCell(field, cell, null, Header[index]);
            rowPresent.Add(cell.Row);
            columnPresent.Add(cell.Column);
        }

        var otherRows = OtherRows(csv, definition);
        foreach (var period in otherRows.SelectMany(r => Enum.GetValues<LegacyPeriod>().Where(p => r[p].IsApplicable)).Distinct())
        {
            columnPresent.Add(definition.Tables[0].Columns.First(c => c.EnumValue == (int)period));
        }

        // Which rows and columns the report has follows from the cells that are not NA; every cell of those must be given.
        foreach (var row in rowPresent.Where(r => r.IsOptional))
        {
            if (row.Replaces.FirstOrDefault(rowPresent.Contains) is { } replaced)
            {
                throw new CsvFieldException(null, $"rows '{row.Key}' and '{replaced.Key}' of table '{row.Table.Key}' both have figures or blanks: a report uses either the single row '{row.Key}' or its sub-rows {string.Join(", ", row.Replaces.Select(r => $"'{r.Key}'"))}, never both (write NA in the other).");
            }
        }

        var legacy = definition.Format == ReportFormat.Legacy;
        for (var ordinal = 0; ordinal < cells.Length; ordinal++)
        {
            var cell = cells[ordinal];
            var expected = cell.Row.IsOptional || legacy
                ? rowPresent.Contains(cell.Row) && (!legacy || columnPresent.Contains(cell.Column))
                : cell.Row.ReplacedBy is not { } replacing || !rowPresent.Contains(replacing);
            var given = values[ordinal].IsApplicable;
            if (expected && !given)
            {
                var why = legacy || cell.Row.IsOptional
                    ? $"row '{cell.Row.Key}' and column '{cell.Column.Key}' are in the report (other cells of them are not NA)"
                    : $"every {definition.Key} report has it{(cell.Row.ReplacedBy is { } single ? $" unless it has the single row '{single.Key}'" : string.Empty)}";
                throw new CsvFieldException(Header[columns.CellColumn[ordinal]], $"cell {cell.Key} is NA, but {why}: expected a number or an empty field (blank).");
            }

            if (!expected && given)
            {
                throw new CsvFieldException(Header[columns.CellColumn[ordinal]], $"cell {cell.Key} has a value, but the report has the single row '{cell.Row.ReplacedBy!.Key}' instead of its sub-rows: expected NA.");
            }

            if (given)
            {
                builder.SetValue(cell, values[ordinal]);
            }

            if (columns.UnitColumn[ordinal] is var unitColumn and >= 0)
            {
                var unitField = csv.GetSpan(unitColumn);
                if (!given && !unitField.IsEmpty)
                {
                    throw new CsvFieldException(Header[unitColumn], $"cell {cell.Key} is NA and has no unit: expected an empty field, found '{CsvText.Show(unitField)}'.");
                }

                if (ParseUnit(unitField, cell, Header[unitColumn]) is { } unit)
                {
                    builder.SetMoneyUnit(cell.Key, unit);
                }
            }
        }

        if (legacy)
        {
            foreach (var column in definition.Tables[0].Columns.Where(columnPresent.Contains))
            {
                builder.IncludeColumn(definition.Tables[0].Key, column.Key);
            }
        }

        foreach (var otherRow in otherRows)
        {
            builder.AddLegacyOtherRow(otherRow);
        }

        // The columns of other formats' cells hold nothing.
        foreach (var index in columns.Foreign)
        {
            var field = csv.GetSpan(index);
            if (!field.IsEmpty && !field.SequenceEqual(CsvText.NotApplicable))
            {
                var what = _kinds[index] == WideColumnKind.Unit ? "a unit" : "a value";
                throw new CsvFieldException(Header[index], $"{what} in a cell that is not applicable: the {definition.Key} format has no cell {_keys[index]}; expected NA or an empty field, found '{CsvText.Show(field)}'.");
            }
        }

        if (_breakdowns >= 0 && !csv.GetSpan(_breakdowns).IsEmpty)
        {
            var breakdowns = Json(csv, _breakdowns, ReportJsonParser.ReadBreakdowns);
            foreach (var kind in Enum.GetValues<BreakdownKind>())
            {
                foreach (var entry in breakdowns.Get(kind))
                {
                    builder.AddBreakdown(kind, entry.Label, entry.Count);
                }
            }
        }
    }

    /// <summary>The legacy rows the catalogue does not know, from the otherRows column (JSON, as in the report JSON).</summary>
    private List<LegacyOtherRow> OtherRows(CsvReader csv, FormatDefinition definition)
    {
        if (_otherRows < 0 || csv.GetSpan(_otherRows).IsEmpty)
        {
            return [];
        }

        if (definition.Format != ReportFormat.Legacy)
        {
            throw new CsvFieldException(CsvCatalog.OtherRowsColumn, $"only legacy reports have rows the catalogue does not know: expected an empty field in a {definition.Key} report.");
        }

        return [.. Json(csv, _otherRows, ReportJsonParser.ReadOtherRows)];
    }

    /// <summary>Reads a column that holds JSON, naming the column and the place in the JSON of an error.</summary>
    private T Json<T>(CsvReader csv, int index, ReportJsonParser.FragmentReader<T> read)
    {
        try
        {
            return ReportJsonParser.ParseFragment(CsvText.Unprotect(csv.GetSpan(index)), read, _maxListEntries, "CsvReadOptions.MaxListEntries");
        }
        catch (ReportReadException exception)
        {
            var at = exception.Location.Column is { } character ? $" (character {character})" : string.Empty;
            throw new CsvFieldException(Header[index], $"{exception.Location.Path}{at}: {exception.Problem}", exception.Code);
        }
    }

    private FormatColumns ColumnsOf(FormatDefinition definition)
    {
        if (!_formats.TryGetValue(definition.Format, out var columns))
        {
            columns = new FormatColumns(definition, _keys, _kinds);
            _formats.Add(definition.Format, columns);
        }

        return columns;
    }

    /// <summary>Where one format's cells are among the columns, which of its cells have none, and which columns are other formats'.</summary>
    private sealed class FormatColumns
    {
        public FormatColumns(FormatDefinition definition, string?[] keys, WideColumnKind[] kinds)
        {
            var catalog = CsvCatalog.Of(definition);
            CellColumn = [.. Enumerable.Repeat(-1, definition.Cells.Length)];
            UnitColumn = [.. Enumerable.Repeat(-1, definition.Cells.Length)];
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] is not { } key)
                {
                    continue;
                }

                var ordinal = catalog.FindOrdinal(key);
                if (ordinal < 0 || (kinds[i] == WideColumnKind.Unit && definition.Cells[ordinal].Kind != ValueKind.Money))
                {
                    Foreign.Add(i);
                }
                else if (kinds[i] == WideColumnKind.Unit)
                {
                    UnitColumn[ordinal] = i;
                }
                else
                {
                    CellColumn[ordinal] = i;
                }
            }

            Missing = [.. definition.Cells.Where(c => CellColumn[c.Ordinal] < 0).Select(c => c.Key.ToString())];
        }

        public int[] CellColumn { get; }

        public int[] UnitColumn { get; }

        public List<int> Foreign { get; } = [];

        public List<string> Missing { get; }
    }
}
