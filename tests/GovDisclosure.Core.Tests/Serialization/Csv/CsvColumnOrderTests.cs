using System.Text;
using FluentAssertions;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Synthetic;

namespace GovDisclosure.Tests.Serialization.Csv;

/// <summary>
/// The readers find their columns by the header's names, wherever they stand: any column, the optional ones (value,
/// unit, labels; the wide layout's otherRows and breakdowns) included, may come first.
/// </summary>
public sealed class CsvColumnOrderTests
{
    // Every case of every format, one per agency and year (tidy records of one report are told apart by its identity),
    // and generated reports of 2017–2021, which state units and break figures down.
    private static readonly AnnualReport[] Reports =
    [
        .. JsonTestReports.AllCases.Reverse().Select(JsonTestReports.Get).DistinctBy(r => (r.Agency, r.Year)),
        .. new ReportGenerator(new GeneratorOptions { Agencies = 3, FirstYear = 2017, LastYear = 2021 }).Generate(),
    ];

    public static TheoryData<CsvLayout, string> Columns()
    {
        var data = new TheoryData<CsvLayout, string>();
        foreach (var layout in new[] { CsvLayout.Tidy, CsvLayout.Wide })
        {
            foreach (var column in Header(Write(layout)))
            {
                data.Add(layout, column);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public void Read_AnyColumnFirstInTheHeader_GivesTheSameReports(CsvLayout layout, string column)
    {
        Reports.Any(r => !r.LegacyOtherRows.IsEmpty).Should().BeTrue("a report has legacy rows the catalogue does not know");
        Reports.Any(r => !r.MoneyUnits.IsEmpty).Should().BeTrue("a report states a unit");
        Reports.Any(r => !r.Breakdowns.IsEmpty).Should().BeTrue("a report has a prose breakdown");
        var csv = Write(layout);
        var moved = MoveToFront(csv, column);
        Header(moved)[0].Should().Be(column);

        var reports = CsvTestKit.Read(moved);

        reports.Should().Equal(CsvTestKit.Read(csv));
        reports.Should().Equal(Reports.Select(CsvTestKit.WithoutText));
    }

    private static string Write(CsvLayout layout) => CsvTestKit.WriteText(
        Reports,
        layout == CsvLayout.Wide ? CsvTestKit.Wide with { WideFormats = [ReportFormat.Legacy, ReportFormat.National2019, ReportFormat.National2021] } : CsvTestKit.Tidy);

    private static string[] Header(string csv) => Records(csv)[0];

    /// <summary>Rewrites a CSV text with one column moved to the first place, every field quoted.</summary>
    private static string MoveToFront(string csv, string column)
    {
        var records = Records(csv);
        var index = Array.IndexOf(records[0], column);
        var output = new StringBuilder();
        foreach (var record in records)
        {
            var fields = record.Take(index).Concat(record.Skip(index + 1)).Prepend(record[index]);
            output.Append(string.Join(',', fields.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))).Append("\r\n");
        }

        return output.ToString();
    }

    /// <summary>Splits a CSV text (RFC 4180: quoted fields may hold commas, quotes doubled and line breaks) into records.</summary>
    private static List<string[]> Records(string csv)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n'))
            {
                i += c == '\r' ? 1 : 0;
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
