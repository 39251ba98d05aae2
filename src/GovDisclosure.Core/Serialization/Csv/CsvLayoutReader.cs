using CsvHelper;
using GovDisclosure.Catalog;
using GovDisclosure.Validation;

namespace GovDisclosure.Serialization.Csv;

/// <summary>
/// Reads the records of one layout into reports. Records come one at a time; a report is given back as soon as it is
/// complete, or as an error that names the line, the column and what was expected.
/// </summary>
internal abstract class CsvLayoutReader
{
    private readonly int[] _identity;

    protected CsvLayoutReader(string[] header, string? source)
    {
        Header = header;
        Source = source;
        _identity = [.. CsvIdentity.Columns.Select(c => Array.IndexOf(header, c))];
    }

    /// <summary>Gets the column names.</summary>
    protected string[] Header { get; }

    /// <summary>Gets the name of the input in locations.</summary>
    protected string? Source { get; }

    /// <summary>Reads the header and creates the reader of its layout.</summary>
    /// <exception cref="ReportReadException">The header is empty, names a column twice, lacks a required column or has one the layout does not.</exception>
    public static CsvLayoutReader Create(string[] header, string? source, CsvLayout? expected, int maxListEntries)
    {
        var at = new ReadLocation { Source = source, Line = 1 };
        if (header.Length == 0 || (header.Length == 1 && header[0].Length == 0))
        {
            throw new ReportReadException("the input is empty: expected a header line naming the columns (see docs/csv.md).", at);
        }

        var duplicate = header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ReportReadException($"the header names column '{duplicate.Key}' twice.", at with { Path = duplicate.Key });
        }

        foreach (var required in CsvIdentity.Columns.Where((_, i) => CsvIdentity.IsRequired(i)))
        {
            if (!header.Contains(required, StringComparer.Ordinal))
            {
                throw new ReportReadException(
                    $"the header has no column '{required}': every report CSV has the columns agencyName, year and format (see docs/csv.md).", at);
            }
        }

        var layout = header.Contains("table", StringComparer.Ordinal) ? CsvLayout.Tidy : CsvLayout.Wide;
        if (expected is { } wanted && wanted != layout)
        {
            throw new ReportReadException(
                wanted == CsvLayout.Tidy
                    ? "expected the tidy layout (a header with the columns table, row, column and value), found a header without a 'table' column."
                    : "expected the wide layout (one column per cell key), found a header with a 'table' column (the tidy layout).",
                at);
        }

        return layout == CsvLayout.Tidy ? new TidyCsvReader(header, source, maxListEntries) : new WideCsvReader(header, source, maxListEntries);
    }

    /// <summary>Takes the current record; gives back the report (or error) that it completes, if any.</summary>
    public abstract ReportReadResult? Accept(CsvReader csv);

    /// <summary>Gives back the report (or error) of the last records, if any, at the end of the input.</summary>
    public abstract ReportReadResult? Finish();

    /// <summary>Gets the header index of an identity column (<see cref="CsvIdentity"/> constants), -1 when the file does not have it.</summary>
    protected int IdentityIndex(int column) => _identity[column];

    /// <summary>Gets a field of an identity column, empty when the file does not have the column.</summary>
    protected ReadOnlySpan<byte> IdentityField(CsvReader csv, int column) => _identity[column] < 0 ? default : csv.GetSpan(_identity[column]);

    /// <summary>Reads the identity of the current record.</summary>
    protected CsvReportIdentity ParseIdentity(CsvReader csv) => CsvIdentity.Parse(
        IdentityField(csv, CsvIdentity.AgencyName),
        IdentityField(csv, CsvIdentity.CreditCode),
        IdentityField(csv, CsvIdentity.DivisionCode),
        IdentityField(csv, CsvIdentity.Level),
        IdentityField(csv, CsvIdentity.Kind),
        IdentityField(csv, CsvIdentity.Year),
        IdentityField(csv, CsvIdentity.Format),
        IdentityField(csv, CsvIdentity.PublishedOn),
        IdentityField(csv, CsvIdentity.SourceUrl));

    /// <summary>The error of a record whose field count is not the header's, or <see langword="null"/>.</summary>
    protected string? CheckFieldCount(CsvReader csv) => csv.FieldCount == Header.Length
        ? null
        : $"expected {Header.Length} fields, as the header has, found {csv.FieldCount}: a field too many or too few shifts every column after it.";

    /// <summary>An error at a line, in a column.</summary>
    protected ReportReadException Error(long line, string? column, string problem, string? code = null) =>
        new(problem, new ReadLocation { Source = Source, Line = line, Path = column }) { Code = code ?? RuleCodes.Unreadable };

    /// <summary>The error of a field that is not valid.</summary>
    protected ReportReadException Error(long line, CsvFieldException exception) => Error(line, exception.Column, exception.Message, exception.Code);

    /// <summary>Parses a cell's field: empty is blank, otherwise a number of the cell's kind.</summary>
    /// <exception cref="CsvFieldException">The field is not a number, or not one the cell can hold.</exception>
    protected static CellValue ParseCell(ReadOnlySpan<byte> field, CellDefinition? cell, string? key, string column)
    {
        if (field.IsEmpty)
        {
            return CellValue.Blank;
        }

        // Most fields are counts written as digits: read them without the general parser and the kind check.
        if (field.Length <= 18 && cell is { Kind: ValueKind.Count })
        {
            long count = 0;
            var i = 0;
            for (; i < field.Length; i++)
            {
                var digit = field[i] - (byte)'0';
                if (digit is < 0 or > 9)
                {
                    break;
                }

                count = (count * 10) + digit;
            }

            if (i == field.Length)
            {
                return CellValue.FromUnits(count, 0);
            }
        }

        // Messages are made only for an error: this runs for every cell read.
        var kind = cell?.Kind;
        if (CsvText.ParseNumber(field, out var problem) is not { } value)
        {
            throw new CsvFieldException(column, $"expected {CsvText.Expected(kind)} or an empty field (blank){For(key)}, found '{CsvText.Show(field)}': {problem}.");
        }

        if (cell is not null && AnnualReportBuilder.CheckValue(cell, value, out var code) is not null)
        {
            var reason = code == RuleCodes.FractionalCount ? "a count is a whole number"
                : kind == ValueKind.Money ? "an amount of money cannot be negative"
                : "a count cannot be negative";
            throw new CsvFieldException(column, $"expected {CsvText.Expected(kind)} or an empty field (blank){For(key)}, found '{CsvText.Show(field)}': {reason}.", code);
        }

        return value;

        static string For(string? key) => key is null ? string.Empty : $" for cell {key}";
    }

    /// <summary>Parses a money cell's unit field: empty for the catalogue's default, else a unit key.</summary>
    protected static MoneyUnit? ParseUnit(ReadOnlySpan<byte> field, CellDefinition cell, string column)
    {
        if (field.IsEmpty)
        {
            return null;
        }

        if (cell.Kind != ValueKind.Money)
        {
            throw new CsvFieldException(column, $"cell {cell.Key} holds a count, not money, and has no unit: expected an empty field, found '{CsvText.Show(field)}'.");
        }

        return field.SequenceEqual("yuan"u8) ? MoneyUnit.Yuan
            : field.SequenceEqual("tenThousandYuan"u8) ? MoneyUnit.TenThousandYuan
            : throw new CsvFieldException(column, $"unknown unit '{CsvText.Show(field)}' of cell {cell.Key}: expected yuan, tenThousandYuan or an empty field.");
    }

    /// <summary>Lists some keys for a message: the first three, then how many more.</summary>
    protected static string ListKeys(IReadOnlyCollection<string> keys) =>
        string.Join(", ", keys.Take(3)) + (keys.Count > 3 ? $" … ({keys.Count} in all)" : string.Empty);
}
