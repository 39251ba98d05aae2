using FluentAssertions;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Serialization.Csv;

/// <summary>The wide layout: one record per report, NA for a cell the report does not have, several formats in one header.</summary>
public sealed class CsvWideTests
{
    private static readonly CsvWriteOptions AllFormats = new()
    {
        Layout = CsvLayout.Wide,
        WideFormats = [ReportFormat.Legacy, ReportFormat.National2019, ReportFormat.National2021],
    };

    private static AnnualReport Huaian => JsonTestReports.Get("007-huaian-city-2024");

    private static CsvLines Wide(AnnualReport report) => new(CsvTestKit.WriteText([report], CsvTestKit.Wide));

    [Fact]
    public void Write_ReportsOfEveryFormat_WithAllFormatsListed_ReadsEachBack()
    {
        AnnualReport[] reports =
        [
            JsonTestReports.Get("national2021-single-other-handling"),
            JsonTestReports.Get("legacy-three-periods-other-rows"),
            JsonTestReports.Get("national2019-signed-units-blanks"),
            Huaian,
        ];

        var csv = CsvTestKit.Write(reports, AllFormats);
        var read = CsvTestKit.Read(csv);

        read.Should().Equal(reports.Select(CsvTestKit.WithoutText));
    }

    [Fact]
    public void GetColumns_OfBothNationalFormats_SharesTheKeysTheyHave()
    {
        var columns = GovDisclosureCsv.GetColumns(CsvLayout.Wide, ReportFormat.National2019, ReportFormat.National2021);

        columns.Should().OnlyHaveUniqueItems();
        columns.Should().ContainInOrder("agencyName", "year", "format", "proactive.regulations.newlyMade", "requests.granted.total", "proactive.regulations.issued", "breakdowns");
        columns.Count(c => c == "requests.granted.total").Should().Be(1);
        columns.Should().Contain("proactive.centralizedProcurement.procurementAmount:unit").And.Contain("proactive.fees.amount:unit").And.NotContain("otherRows");
    }

    [Fact]
    public void Write_ReportOfAFormatTheHeaderLacks_Throws()
    {
        var act = () => CsvTestKit.Write([Huaian, JsonTestReports.Get("legacy-annual-only")], CsvTestKit.Wide);

        act.Should().Throw<InvalidOperationException>().WithMessage("*is a legacy report, but the wide file has the columns of national2021*WideFormats*");
    }

    [Fact]
    public void Write_CellsTheReportDoesNotHave_AreNAAndBlanksAreEmpty()
    {
        var report = JsonTestReports.Get("national2021-everything");
        var csv = Wide(report);

        csv[1][Array.IndexOf(csv.Header, "requests.otherHandling.total")].Should().Be("NA");
        csv[1][Array.IndexOf(csv.Header, "requests.otherOther.researchInstitution")].Should().BeEmpty();
        csv[1][Array.IndexOf(csv.Header, "proactive.fees.amount:unit")].Should().Be("tenThousandYuan");
    }

    [Fact]
    public void Read_NAInACellEveryReportHas_IsAnError()
    {
        var csv = Wide(Huaian).Set(1, "requests.granted.total", "NA");

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Line.Should().Be(2);
        error.Location.Path.Should().Be("requests.granted.total");
        error.Message.Should().Contain("cell requests.granted.total is NA, but every national2021 report has it: expected a number or an empty field (blank).");
    }

    [Fact]
    public void Read_SingleRowBesideItsSubRows_IsAnError()
    {
        var csv = Wide(Huaian).Set(1, "requests.otherHandling.total", "3");

        CsvTestKit.ReadError(csv.ToString()).Message.Should().Contain("rows 'otherHandling' and 'otherNoCorrection' of table 'requests' both have figures or blanks");
    }

    [Fact]
    public void Read_ValueInAnotherFormatsColumn_IsAValueInANotApplicableCell()
    {
        var csv = new CsvLines(CsvTestKit.WriteText([Huaian], AllFormats)).Set(1, "proactive.regulations.newlyMade", "4");

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Path.Should().Be("proactive.regulations.newlyMade");
        error.Message.Should().Contain("a value in a cell that is not applicable: the national2021 format has no cell proactive.regulations.newlyMade; expected NA or an empty field, found '4'.");
    }

    [Fact]
    public void Read_LegacyRowWithAPeriodLeftOutThatOtherRowsHave_IsAnError()
    {
        var report = JsonTestReports.Get("legacy-three-periods-other-rows");
        var csv = Wide(report).Set(1, "legacy.proactive.total.cumulative", "NA");

        CsvTestKit.ReadError(csv.ToString()).Message.Should().Contain("cell legacy.proactive.total.cumulative is NA, but row 'proactive.total' and column 'cumulative' are in the report");
    }

    [Theory]
    [InlineData("requests.granted.total", "-1", "a count cannot be negative", RuleCodes.NegativeCount)]
    [InlineData("requests.granted.total", "2.5", "a count is a whole number", RuleCodes.FractionalCount)]
    [InlineData("requests.granted.total", "n/a", "not a number", RuleCodes.Unreadable)]
    [InlineData("proactive.fees.amount", "4,068.208", "not a number", RuleCodes.Unreadable)]
    public void Read_BadValue_NamesTheCellsColumn(string column, string value, string reason, string code)
    {
        var csv = Wide(Huaian).Set(1, column, value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value);

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Path.Should().Be(column);
        error.Message.Should().Contain($"found '{value}': {reason}.");
        error.Code.Should().Be(code);
    }

    [Fact]
    public void Read_HeaderWithoutAColumnOfTheFormat_IsAnErrorAtEachReport()
    {
        var csv = Wide(Huaian);
        var text = csv.ToString().Replace(",requests.granted.total,", ",requests.granted.totl,", StringComparison.Ordinal);

        CsvTestKit.ReadError(text).Message.Should().Contain("unknown column 'requests.granted.totl': no format has that cell");

        var without = string.Join("\r\n", Enumerable.Range(0, csv.Count).Select(i => string.Join(',', csv[i].Where((_, c) => csv.Header[c] != "requests.granted.total")))) + "\r\n";
        CsvTestKit.ReadError(without).Message.Should().Contain("the header has no column for cell requests.granted.total of the national2021 format");
    }

    [Fact]
    public void Read_BadJsonInTheBreakdownsColumn_NamesTheColumnAndThePath()
    {
        var seed = GovDisclosure.Serialization.Json.GovDisclosureJson.ReadFile(TestData.Samples.SeedJsonPath);
        var text = CsvTestKit.WriteText([seed], CsvTestKit.Wide).Replace("\"\"count\"\":70", "\"\"count\"\":-70", StringComparison.Ordinal);

        var error = CsvTestKit.ReadError(text);

        error.Location.Path.Should().Be("breakdowns");
        error.Message.Should().Contain("$.proactiveByCategory[1].count").And.Contain("a count cannot be negative");
        error.Code.Should().Be(RuleCodes.NegativeCount);
    }

    [Fact]
    public void Read_UnitOfANACell_IsAnError()
    {
        var report = JsonTestReports.Get("national2019-all-blank");
        var csv = Wide(report).Set(1, "proactive.centralizedProcurement.procurementAmount", "NA").Set(1, "proactive.centralizedProcurement.procurementAmount:unit", "yuan");

        CsvTestKit.ReadError(csv.ToString()).Message.Should().Contain("procurementAmount is NA, but every national2019 report has it");
    }
}
