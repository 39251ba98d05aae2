using System.Globalization;
using System.Text;
using GovDisclosure.Catalog;
using GovDisclosure.Internals;

namespace GovDisclosure.Serialization.Csv;

/// <summary>
/// The identity columns that begin a row of either layout: the agency (name, codes, level, kind), the year, the format,
/// the publication date and address.
/// </summary>
internal static class CsvIdentity
{
    public const int AgencyName = 0;
    public const int CreditCode = 1;
    public const int DivisionCode = 2;
    public const int Level = 3;
    public const int Kind = 4;
    public const int Year = 5;
    public const int Format = 6;
    public const int PublishedOn = 7;
    public const int SourceUrl = 8;

    /// <summary>The names of the identity columns, in the order they are written.</summary>
    public static readonly string[] Columns = ["agencyName", "creditCode", "divisionCode", "level", "kind", "year", "format", "publishedOn", "sourceUrl"];

    /// <summary>Whether a file must have the identity column: a report has a name, a year and a format.</summary>
    public static bool IsRequired(int column) => column is AgencyName or Year or Format;

    /// <summary>The identity fields of a report as written (UTF-8, text protected from formulas); empty where unknown.</summary>
    public static byte[][] Fields(AnnualReport report)
    {
        var agency = report.Agency;
        return
        [
            CsvText.ProtectUtf8(agency.Name),
            Ascii(agency.CreditCode?.Value),
            Ascii(agency.DivisionCode?.Value),
            Ascii(agency.Level is { } level ? Keys.Of(level) : null),
            Ascii(agency.Kind is { } kind ? Keys.Of(kind) : null),
            Ascii(report.Year.ToString(CultureInfo.InvariantCulture)),
            Ascii(report.Definition.Key),
            Ascii(report.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            report.SourceUrl is { } url ? CsvText.ProtectUtf8(url) : [],
        ];

        static byte[] Ascii(string? text) => text is null ? [] : Encoding.UTF8.GetBytes(text);
    }

    /// <summary>
    /// Reads the identity of a report from its fields (indexed like <see cref="Columns"/>; an empty span for a column
    /// the file does not have).
    /// </summary>
    /// <returns>The report's identity.</returns>
    /// <exception cref="CsvFieldException">A field is not valid; it names the column and says what was expected.</exception>
    public static CsvReportIdentity Parse(ReadOnlySpan<byte> name, ReadOnlySpan<byte> creditCode, ReadOnlySpan<byte> divisionCode, ReadOnlySpan<byte> level, ReadOnlySpan<byte> kind, ReadOnlySpan<byte> year, ReadOnlySpan<byte> format, ReadOnlySpan<byte> publishedOn, ReadOnlySpan<byte> sourceUrl)
    {
        var agencyName = Text(name, AgencyName);
        if (string.IsNullOrWhiteSpace(agencyName))
        {
            throw new CsvFieldException(Columns[AgencyName], "expected the agency's name, found an empty field (every row names its report's agency).");
        }

        var agency = new Agency(agencyName)
        {
            CreditCode = creditCode.IsEmpty ? null
                : UnifiedSocialCreditCode.TryParse(Text(creditCode, CreditCode), out var credit) ? credit
                : throw new CsvFieldException(Columns[CreditCode], UnifiedSocialCreditCode.Check(Text(creditCode, CreditCode))!),
            DivisionCode = divisionCode.IsEmpty ? null
                : GovDisclosure.DivisionCode.TryParse(Text(divisionCode, DivisionCode), out var division) ? division
                : throw new CsvFieldException(Columns[DivisionCode], GovDisclosure.DivisionCode.Check(Text(divisionCode, DivisionCode))!),
            Level = level.IsEmpty ? null
                : Keys.TryParse<AgencyLevel>(Text(level, Level), Keys.AgencyLevels, out var agencyLevel) ? agencyLevel
                : throw new CsvFieldException(Columns[Level], $"unknown level '{CsvText.Show(level)}': expected {string.Join(", ", Keys.AgencyLevels)} or an empty field."),
            Kind = kind.IsEmpty ? null
                : Keys.TryParse<AgencyKind>(Text(kind, Kind), Keys.AgencyKinds, out var agencyKind) ? agencyKind
                : throw new CsvFieldException(Columns[Kind], $"unknown kind '{CsvText.Show(kind)}': expected {string.Join(", ", Keys.AgencyKinds)} or an empty field."),
        };

        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var reportYear))
        {
            throw new CsvFieldException(Columns[Year], $"expected the reporting year, a whole number from {AnnualReport.MinYear} to {AnnualReport.MaxYear}, found '{CsvText.Show(year)}'.");
        }

        if (reportYear is < AnnualReport.MinYear or > AnnualReport.MaxYear)
        {
            throw new CsvFieldException(Columns[Year], $"year {reportYear} is out of range: expected {AnnualReport.MinYear} to {AnnualReport.MaxYear}.");
        }

        var definition = ParseFormat(format);
        DateOnly? date = null;
        if (!publishedOn.IsEmpty)
        {
            date = ParseDate(publishedOn)
                ?? throw new CsvFieldException(Columns[PublishedOn], $"'{CsvText.Show(publishedOn)}' is not a date: expected YYYY-MM-DD, such as 2024-01-29, or an empty field.");
        }

        string? url = null;
        if (!sourceUrl.IsEmpty)
        {
            var text = Text(sourceUrl, SourceUrl);
            url = AnnualReport.IsAbsoluteUri(text) ? text : throw new CsvFieldException(Columns[SourceUrl], $"'{text}' is not an absolute URI.");
        }

        return new CsvReportIdentity(definition, reportYear, agency, date, url);
    }

    /// <summary>Reads the format column.</summary>
    public static FormatDefinition ParseFormat(ReadOnlySpan<byte> format)
    {
        foreach (var definition in FormatCatalog.All)
        {
            if (format.SequenceEqual(CsvCatalog.Of(definition).FormatKey))
            {
                return definition;
            }
        }

        throw new CsvFieldException(Columns[Format], $"unknown format '{CsvText.Show(format)}': expected legacy, national2019 or national2021.");
    }

    /// <summary>Parses a date written YYYY-MM-DD from its bytes (a culture's parser is slower than the whole rest of a report's identity).</summary>
    private static DateOnly? ParseDate(ReadOnlySpan<byte> field)
    {
        if (field.Length != 10 || field[4] != (byte)'-' || field[7] != (byte)'-'
            || !int.TryParse(field[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(field.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(field.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static string Text(ReadOnlySpan<byte> field, int column)
    {
        try
        {
            return CsvText.Decode(field);
        }
        catch (FormatException exception)
        {
            throw new CsvFieldException(Columns[column], exception.Message);
        }
    }
}

/// <summary>The identity of a report read: what its identity columns say.</summary>
internal sealed record CsvReportIdentity(FormatDefinition Definition, int Year, Agency Agency, DateOnly? PublishedOn, string? SourceUrl)
{
    /// <summary>Starts a builder of the report, with its identity set.</summary>
    public AnnualReportBuilder ToBuilder() => new(Definition.Format, Year, Agency) { PublishedOn = PublishedOn, SourceUrl = SourceUrl };
}

/// <summary>A field read is not valid: names its column and says what was expected.</summary>
internal sealed class CsvFieldException(string? column, string problem, string? code = null) : Exception(problem)
{
    /// <summary>Gets the column's name in the header, or <see langword="null"/> when the problem is not one field's.</summary>
    public string? Column { get; } = column;

    /// <summary>Gets the rule code of the problem (GD0902, GD0903), or <see langword="null"/> for GD0901.</summary>
    public string? Code { get; } = code;
}
