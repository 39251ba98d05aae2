using FluentAssertions;
using GovDisclosure.Catalog;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Serialization.Csv;

/// <summary>
/// The exact text and place of the wide reader's errors: unknown header columns, NA where a cell belongs, values and
/// units in cells that are not applicable, and JSON in the otherRows and breakdowns columns that is empty, followed by
/// other content or not JSON.
/// </summary>
public sealed class CsvWideErrorTextTests
{
    private static readonly CsvWriteOptions AllFormats = new()
    {
        Layout = CsvLayout.Wide,
        WideFormats = [ReportFormat.Legacy, ReportFormat.National2019, ReportFormat.National2021],
    };

    private static AnnualReport Huaian => JsonTestReports.Get("007-huaian-city-2024");

    private static CsvLines Wide(AnnualReport report, CsvWriteOptions? options = null) => new(CsvTestKit.WriteText([report], options ?? CsvTestKit.Wide));

    private static ReportReadException ErrorAt(CsvLines csv, string? path)
    {
        var error = CsvTestKit.ReadError(csv.ToString());
        error.Location.Line.Should().Be(2);
        error.Location.Path.Should().Be(path);
        error.Location.Source.Should().Be("reports.csv");
        return error;
    }

    // ---- the header --------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("requests.granted.total:unit", "unknown column 'requests.granted.total:unit': a unit column is a money cell's key followed by ':unit', and no format has a money cell 'requests.granted.total'.")]
    [InlineData("colour", "unknown column 'colour': a wide report CSV has the identity columns (agencyName, creditCode, divisionCode, level, kind, year, format, publishedOn, sourceUrl), a column per cell key (such as requests.granted.total), money cells' units (key:unit), otherRows and breakdowns (see docs/csv.md).")]
    public void Read_UnknownWideColumn_SaysWhatAWideHeaderHas(string column, string problem)
    {
        var error = CsvTestKit.Results($"agencyName,year,format,{column}\r\n").Should().ContainSingle().Which.Error!;

        error.Location.Line.Should().Be(1);
        error.Location.Path.Should().Be(column);
        error.Location.Source.Should().Be("reports.csv");
        error.Problem.Should().Be(problem);
    }

    [Fact]
    public void Read_WideColumnOfACellNoFormatHas_DescribesItForEachFormat()
    {
        var error = CsvTestKit.Results("agencyName,year,format,requests.granted.totl\r\n").Should().ContainSingle().Which.Error!;

        error.Location.Path.Should().Be("requests.granted.totl");
        var key = CellKey.Parse("requests.granted.totl");
        error.Problem.Should().Be($"unknown column 'requests.granted.totl': no format has that cell ({string.Join(" ", FormatCatalog.All.Select(f => f.DescribeUnknownCell(key)))}).");
        error.Problem.Should().Contain("national2021");
    }

    [Fact]
    public void Read_HeaderWithoutTwoColumnsOfTheFormat_NamesBothCells()
    {
        var csv = Wide(Huaian);
        string[] dropped = ["requests.granted.total", "requests.granted.naturalPerson"];
        var text = string.Concat(Enumerable.Range(0, csv.Count).Select(i => string.Join(',', csv[i].Where((_, c) => !dropped.Contains(csv.Header[c]))) + "\r\n"));

        var error = CsvTestKit.ReadError(text);

        error.Location.Line.Should().Be(2);
        error.Problem.Should().Be("the header has no column for cells requests.granted.naturalPerson, requests.granted.total of the national2021 format: a wide file has a column for every cell of each format its reports have.");
    }

    [Fact]
    public void Read_WideRecordWithAFieldTooMany_IsAnErrorOfThatRecordOnly()
    {
        var csv = new CsvLines(CsvTestKit.WriteText([Huaian, Huaian with { Year = 2023 }], CsvTestKit.Wide));
        csv.Insert(1, [.. csv[1], "x"]).RemoveAt(2);

        var results = CsvTestKit.Results(csv.ToString());

        results.Select(r => r.IsSuccess).Should().Equal(false, true);
        results[0].Error!.Location.Line.Should().Be(2);
        results[0].Error!.Problem.Should().Be($"expected {csv.Header.Length} fields, as the header has, found {csv.Header.Length + 1}: a field too many or too few shifts every column after it.");
    }

    // ---- NA and values ---------------------------------------------------------------------------------------------

    [Fact]
    public void Read_BadValueInAWideCell_DoesNotNameACellBesideTheColumn()
    {
        var csv = Wide(Huaian).Set(1, "requests.granted.total", "-1");

        var error = ErrorAt(csv, "requests.granted.total");

        error.Problem.Should().Be("expected a whole number ≥ 0 (a count) or an empty field (blank), found '-1': a count cannot be negative.");
        error.Code.Should().Be(RuleCodes.NegativeCount);
    }

    [Fact]
    public void Read_SingleRowBesideItsSubRows_SaysToWriteNA()
    {
        var csv = Wide(Huaian).Set(1, "requests.otherHandling.total", "3");

        ErrorAt(csv, null).Problem.Should().Be(
            "rows 'otherHandling' and 'otherNoCorrection' of table 'requests' both have figures or blanks: a report uses either the single row 'otherHandling' or its sub-rows 'otherNoCorrection', 'otherFeeUnpaid', 'otherOther', never both (write NA in the other).");
    }

    [Fact]
    public void Read_NAInTheSingleRowThatOtherCellsOfItHave_SaysTheRowIsInTheReport()
    {
        var csv = Wide(JsonTestReports.Get("national2021-single-other-handling")).Set(1, "requests.otherHandling.total", "NA");

        ErrorAt(csv, "requests.otherHandling.total").Problem.Should().Be(
            "cell requests.otherHandling.total is NA, but row 'otherHandling' and column 'total' are in the report (other cells of them are not NA): expected a number or an empty field (blank).");
    }

    [Fact]
    public void Read_NAInASubRowWithoutTheSingleRow_NamesTheSingleRow()
    {
        var csv = Wide(Huaian).Set(1, "requests.otherOther.total", "NA");

        ErrorAt(csv, "requests.otherOther.total").Problem.Should().Be(
            "cell requests.otherOther.total is NA, but every national2021 report has it unless it has the single row 'otherHandling': expected a number or an empty field (blank).");
    }

    [Fact]
    public void Read_UnitOfACellThatIsRightlyNA_IsAnError()
    {
        var csv = Wide(JsonTestReports.Get("legacy-annual-only")).Set(1, "legacy.fees.collected.cumulative:unit", "yuan");

        ErrorAt(csv, "legacy.fees.collected.cumulative:unit").Problem.Should().Be(
            "cell legacy.fees.collected.cumulative is NA and has no unit: expected an empty field, found 'yuan'.");
    }

    [Fact]
    public void Read_UnitInAnotherFormatsUnitColumn_IsAUnitInACellThatIsNotApplicable()
    {
        var csv = Wide(JsonTestReports.Get("legacy-annual-only"), AllFormats).Set(1, "proactive.fees.amount:unit", "yuan");

        ErrorAt(csv, "proactive.fees.amount:unit").Problem.Should().Be(
            "a unit in a cell that is not applicable: the legacy format has no cell proactive.fees.amount; expected NA or an empty field, found 'yuan'.");
    }

    [Fact]
    public void Read_OtherRowsOfANationalReport_AreAnError()
    {
        var csv = Wide(Huaian, AllFormats).Set(1, "otherRows", "[]");

        ErrorAt(csv, "otherRows").Problem.Should().Be("only legacy reports have rows the catalogue does not know: expected an empty field in a national2021 report.");
    }

    // ---- JSON in a column ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("\"  \"", "$ (character 1): the value is empty.")]
    [InlineData("{}x", "$ (character 3): unexpected content after the value.")]
    [InlineData("\"{} {}\"", "$ (character 4): unexpected content after the value.")]
    [InlineData("\"{\"\"figures\"\":[1]}\"", "$.figures[0] (character 13): expected an object { label, count }, found the number 1.")]
    public void Read_BreakdownsColumnNotOneBreakdownsObject_NamesThePlaceInTheJson(string field, string problem)
    {
        var csv = Wide(Huaian).Set(1, "breakdowns", field);

        ErrorAt(csv, "breakdowns").Problem.Should().Be(problem);
    }

    [Fact]
    public void Read_BreakdownsColumnNotJson_IsInvalidJsonAtItsCharacter()
    {
        var csv = Wide(Huaian).Set(1, "breakdowns", "\"{\"\"figures\"\":[}\"");

        var error = ErrorAt(csv, "breakdowns");

        error.Problem.Should().StartWith("$.figures (character 13): invalid JSON: ");
    }

    [Fact]
    public void Read_OtherRowsColumnWithARowWithoutLabel_NamesTheRow()
    {
        var csv = Wide(JsonTestReports.Get("legacy-annual-only")).Set(1, "otherRows", "\"[{\"\"annual\"\":1}]\"");

        ErrorAt(csv, "otherRows").Problem.Should().Be("$[0] (character 2): missing required property 'label' (the row's label as printed).");
    }
}
