using FluentAssertions;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Serialization.Csv;

/// <summary>
/// The exact text and place of the tidy reader's errors about legacy rows the catalogue does not know, breakdown
/// entries, labels, units, records without a cell and reports cut short, and the limits of lists at and over them.
/// </summary>
public sealed class CsvTidyErrorTextTests
{
    private const string LegacyName = "沙县高桥镇人民政府 2018 (legacy)";

    private static AnnualReport Huaian => JsonTestReports.Get("007-huaian-city-2024");

    private static AnnualReport Legacy => JsonTestReports.Get("legacy-three-periods-other-rows");

    private static AnnualReport Gaoqiao => JsonTestReports.Get("000-gaoqiao-township-2018");

    private static CsvLines Lines(params AnnualReport[] reports) => new(CsvTestKit.WriteText(reports));

    /// <summary>Gets the index of the first line whose row field is <paramref name="row"/> (and column, if given).</summary>
    private static int LineOfRow(CsvLines csv, string row, string? column = null)
    {
        var rowIndex = Array.IndexOf(csv.Header, "row");
        var columnIndex = Array.IndexOf(csv.Header, "column");
        return Enumerable.Range(1, csv.Count - 1).First(i => csv[i][rowIndex] == row && (column is null || csv[i][columnIndex] == column));
    }

    private static ReportReadException ErrorAt(CsvLines csv, int line, string path)
    {
        var error = CsvTestKit.ReadError(csv.ToString());
        error.Location.Line.Should().Be(line + 1);
        error.Location.Path.Should().Be(path);
        error.Location.Source.Should().Be("reports.csv");
        return error;
    }

    // ---- the header --------------------------------------------------------------------------------------------

    [Fact]
    public void Read_UnknownColumnInATidyHeader_ListsTheTidyColumns()
    {
        var results = CsvTestKit.Results("agencyName,year,format,table,row,column,value,colour\r\n");

        var error = results.Should().ContainSingle().Which.Error!;
        error.Location.Line.Should().Be(1);
        error.Location.Path.Should().Be("colour");
        error.Problem.Should().Be($"unknown column 'colour': a tidy report CSV has the columns {string.Join(", ", GovDisclosureCsv.GetColumns(CsvLayout.Tidy))} (see docs/csv.md).");
    }

    [Theory]
    [InlineData("agencyName\r\n", "the header has no column 'year': every report CSV has the columns agencyName, year and format (see docs/csv.md).")]
    [InlineData(",agencyName,year,format,table,row,column,value\r\n", "unknown column '': a tidy report CSV has the columns")]
    [InlineData("\r\n", "the input is empty: expected a header line naming the columns (see docs/csv.md).")]
    public void Read_HeaderOfOneColumnOrStartingWithAnEmptyOne_IsNotTakenForAnEmptyInput(string csv, string problem)
    {
        var error = CsvTestKit.Results(csv).Should().ContainSingle().Which.Error!;

        error.Location.Line.Should().Be(1);
        error.Problem.Should().StartWith(problem);
    }

    [Fact]
    public void Read_TidyLayoutExpectedOfAWideFile_SaysWhichLayoutWasExpected()
    {
        var csv = CsvTestKit.WriteText([Huaian], CsvTestKit.Wide);

        var error = CsvTestKit.ReadError(csv, new CsvReadOptions { Layout = CsvLayout.Tidy });

        error.Location.Line.Should().Be(1);
        error.Problem.Should().Be("expected the tidy layout (a header with the columns table, row, column and value), found a header without a 'table' column.");
    }

    // ---- labels and units ----------------------------------------------------------------------------------------

    [Fact]
    public void Read_ColumnLabelThatContradictsTheKey_NamesTheColumnLabel()
    {
        var csv = Lines(Huaian);
        var line = csv.LineOf("requests.granted.total");
        csv.Set(line, "columnLabel", "法人");

        var error = ErrorAt(csv, line, "columnLabel");

        error.Problem.Should().Be("expected the printed label of column 'total', '总计', or an empty field, found '法人': the key and the label disagree.");
    }

    [Fact]
    public void Read_BreakdownHeadingThatContradictsTheKey_NamesTheHeading()
    {
        var csv = Lines(Legacy);
        var line = LineOfRow(csv, "proactiveByChannel[0]");
        csv.Set(line, "columnLabel", "主动公开政府信息的类别（正文所列）");

        var error = ErrorAt(csv, line, "columnLabel");

        error.Problem.Should().Be(
            "expected the heading of breakdown proactiveByChannel, '主动公开政府信息的渠道（正文所列）', or an empty field, found '主动公开政府信息的类别（正文所列）': the key and the label disagree.");
    }

    [Fact]
    public void Read_ColumnsInAnotherOrderWithUnitAndRowLabelFirst_ReadsTheReports()
    {
        AnnualReport[] reports = [Legacy, JsonTestReports.Get("national2019-signed-units-blanks")];
        var text = Reordered(Lines(reports), "unit", "rowLabel");

        CsvTestKit.Read(text).Should().Equal(reports.Select(CsvTestKit.WithoutText));
    }

    [Fact]
    public void Read_UnitOfALegacyRowWithTheUnitColumnFirst_IsAnError()
    {
        var csv = Lines(Legacy);
        var line = LineOfRow(csv, "otherRows[1]", "annual");
        csv.Set(line, "unit", "yuan");
        var text = Reordered(csv, "unit", "rowLabel");

        var error = CsvTestKit.ReadError(text);

        error.Location.Line.Should().Be(line + 1);
        error.Problem.Should().Be("row otherRows[1] has no unit (its figures are kept as printed): expected an empty field, found 'yuan'.");
    }

    [Fact]
    public void Read_WithoutUnitAndLabelColumns_ReadsLegacyRowsButNeedsTheirLabel()
    {
        var report = JsonTestReports.Get("legacy-all-blank-indicators");
        var text = Without(Lines(report), "unit", "rowLabel", "columnLabel");
        var withRows = Without(Lines(Legacy), "unit", "rowLabel", "columnLabel");

        CsvTestKit.Read(text).Should().Equal(CsvTestKit.WithoutText(report));
        CsvTestKit.Read(Without(Lines(Legacy), "unit")).Should().Equal(CsvTestKit.WithoutText(Legacy));
        CsvTestKit.ReadError(withRows).Problem.Should().Be(
            "expected the printed label of a legacy row the catalogue does not know, found no rowLabel column: the label is what names such a row.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_UnknownUnit_NamesTheUnitColumnWhateverTheColumnOrder(bool reordered)
    {
        var csv = Lines(Huaian);
        var line = csv.LineOf("proactive.fees.amount");
        csv.Set(line, "unit", "dollar");
        var text = reordered ? Reordered(csv, "unit", "rowLabel") : csv.ToString();

        var error = CsvTestKit.ReadError(text);

        error.Location.Line.Should().Be(line + 1);
        error.Location.Path.Should().Be("unit");
        error.Problem.Should().Be("unknown unit 'dollar' of cell proactive.fees.amount: expected yuan, tenThousandYuan or an empty field.");
    }

    [Fact]
    public void Read_SecondRecordOfACell_NamesTheRowColumn()
    {
        var csv = Lines(Huaian);
        var line = csv.LineOf("requests.granted.total");
        csv.Insert(line + 1, (string[])csv[line].Clone());

        ErrorAt(csv, line + 1, "row").Problem.Should().Be(
            $"cell requests.granted.total of report 淮安市人民政府 2024 (national2021) has a second record (the first is on line {line + 1}): each cell has one.");
    }

    [Fact]
    public void Read_SingleRowBesideItsSubRows_NamesTheRowsAndTheTable()
    {
        var csv = Lines(Huaian);
        var extra = (string[])csv[csv.LineOf("requests.otherOther.total")].Clone();
        extra[Array.IndexOf(csv.Header, "row")] = "otherHandling";
        extra[Array.IndexOf(csv.Header, "rowLabel")] = "";
        csv.Insert(csv.LineOf("requests.otherOther.total") + 1, extra);

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Line.Should().Be(2);
        error.Problem.Should().Be(
            $"report 淮安市人民政府 2024 (national2021), lines 2–{csv.Count}, has records of row 'otherHandling' and of row 'otherNoCorrection' of table 'requests': a report uses either the single row 'otherHandling' or its sub-rows 'otherNoCorrection', 'otherFeeUnpaid', 'otherOther', never both.");
    }

    // ---- legacy rows the catalogue does not know ------------------------------------------------------------------

    [Fact]
    public void Read_LegacyRowRelabelled_NamesBothLabelsAndTheFirstLine()
    {
        var csv = Lines(Legacy);
        var first = LineOfRow(csv, "otherRows[0]");
        csv.Set(first + 1, "rowLabel", "另一行");

        var error = ErrorAt(csv, first + 1, "rowLabel");

        error.Problem.Should().Be($"row otherRows[0] is labelled '依申请公开信息目录数' on line {first + 1}, '另一行' here: the records of one row have one label.");
    }

    [Fact]
    public void Read_LegacyRowWithAWhiteSpaceLabel_SaysOnlyWhiteSpace()
    {
        var csv = Lines(Legacy);
        var first = LineOfRow(csv, "otherRows[0]");
        csv.Set(first, "rowLabel", "\"  \"");

        var error = ErrorAt(csv, first, "rowLabel");

        error.Problem.Should().Be("expected the printed label of a legacy row the catalogue does not know, found only white space.");
    }

    [Fact]
    public void Read_LegacyRowOfAnUnknownColumn_ListsThePeriods()
    {
        var csv = Lines(Legacy);
        var line = LineOfRow(csv, "otherRows[0]", "cumulative");
        csv.Set(line, "column", "total");

        var error = ErrorAt(csv, line, "column");

        error.Problem.Should().Be("unknown column 'total' of a legacy row: expected annual, cumulative, yearToDate.");
    }

    [Fact]
    public void Read_LegacyRowWithASecondRecordOfAColumn_NamesTheFirst()
    {
        var csv = Lines(Legacy);
        var line = LineOfRow(csv, "otherRows[0]", "cumulative");
        csv.Set(line, "column", "annual");

        var error = ErrorAt(csv, line, "column");

        error.Problem.Should().Be($"row otherRows[0] ('依申请公开信息目录数') has a second record for column annual (the first is on line {line}).");
    }

    [Fact]
    public void Read_LegacyRowWithAColumnLabelThatContradictsTheKey_NamesTheColumn()
    {
        var csv = Lines(Legacy);
        var line = LineOfRow(csv, "otherRows[0]", "annual");
        csv.Set(line, "columnLabel", "历年累计");

        var error = ErrorAt(csv, line, "columnLabel");

        error.Problem.Should().Be("expected the printed label of column 'annual', '本年度', or an empty field, found '历年累计': the key and the label disagree.");
    }

    [Fact]
    public void Read_LegacyRowWithABadValue_NamesTheRowAndPeriod()
    {
        var csv = Lines(Legacy);
        var line = LineOfRow(csv, "otherRows[1]", "cumulative");
        csv.Set(line, "value", "九万");

        var error = ErrorAt(csv, line, "value");

        error.Problem.Should().Be("expected a number or an empty field (blank) for cell otherRows[1].cumulative, found '九万': not a number.");
    }

    [Fact]
    public void Read_LegacyRowWithoutARecordOfAColumnTheReportHas_SaysWhichIsMissing()
    {
        var csv = Lines(Legacy);
        csv.RemoveAt(LineOfRow(csv, "otherRows[2]", "yearToDate"));

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Line.Should().Be(2);
        error.Problem.Should().StartWith($"report {LegacyName}, lines 2–{csv.Count}, has no record of cell otherRows[2].yearToDate: the tidy layout has a record for every cell");
    }

    [Fact]
    public void Read_ReportWithoutRecordsOfACellAndOfALegacyRow_ListsBoth()
    {
        var csv = Lines(Legacy);
        csv.RemoveAt(LineOfRow(csv, "otherRows[2]", "yearToDate"));
        csv.RemoveAt(csv.LineOf("legacy.proactive.total.annual"));

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Problem.Should().Contain("has no record of cells legacy.proactive.total.annual, otherRows[2].yearToDate: ");
    }

    [Theory]
    [InlineData("otherRows[", "expected otherRows[1] (the next entry) or an earlier one, otherRows[0] to otherRows[0], found 'otherRows[': entries are numbered from 0 in the order they are printed.")]
    [InlineData("otherRows[3]", "expected otherRows[1] (the next entry) or an earlier one, otherRows[0] to otherRows[0], found 'otherRows[3]': entries are numbered from 0 in the order they are printed.")]
    [InlineData("otherRows[1", "expected otherRows[1] (the next entry) or an earlier one, otherRows[0] to otherRows[0], found 'otherRows[1': entries are numbered from 0 in the order they are printed.")]
    public void Read_LegacyRowNumberedOutOfTurn_SaysWhichNumbersCanCome(string row, string problem)
    {
        var csv = Lines(Legacy);
        var line = LineOfRow(csv, "otherRows[1]", "annual");
        csv.Set(line, "row", row);

        ErrorAt(csv, line, "row").Problem.Should().Be(problem);
    }

    [Fact]
    public void Read_LegacyRowsAtAndOverMaxListEntries_AreReadUpToTheLimit()
    {
        var report = Legacy with { Breakdowns = ReportBreakdowns.Empty };
        var csv = Lines(report);
        var count = report.LegacyOtherRows.Length;

        CsvTestKit.Read(csv.ToString(), new CsvReadOptions { MaxListEntries = count }).Should().Equal(CsvTestKit.WithoutText(report));
        var error = CsvTestKit.ReadError(csv.ToString(), new CsvReadOptions { MaxListEntries = count - 1 });
        error.Location.Line.Should().Be(LineOfRow(csv, $"otherRows[{count - 1}]") + 1);
        error.Location.Path.Should().Be("row");
        error.Problem.Should().Be($"more than {count - 1} legacy rows the catalogue does not know in one report (CsvReadOptions.MaxListEntries).");
    }

    // ---- breakdowns ------------------------------------------------------------------------------------------------

    [Fact]
    public void Read_BreakdownEntriesAtAndOverMaxListEntries_AreReadUpToTheLimit()
    {
        var report = Gaoqiao;
        var csv = Lines(report);
        var count = report.Breakdowns.ProactiveByCategory.Length;

        CsvTestKit.Read(csv.ToString(), new CsvReadOptions { MaxListEntries = count }).Should().Equal(CsvTestKit.WithoutText(report));
        var error = CsvTestKit.ReadError(csv.ToString(), new CsvReadOptions { MaxListEntries = count - 1 });
        error.Location.Line.Should().Be(LineOfRow(csv, $"proactiveByCategory[{count - 1}]") + 1);
        error.Location.Path.Should().Be("row");
        error.Problem.Should().Be($"more than {count - 1} entries of breakdown proactiveByCategory in one report (CsvReadOptions.MaxListEntries).");
    }

    [Theory]
    [InlineData("byAuthor[1]")]
    [InlineData("byAuthr[0]")]
    [InlineData("figures")]
    [InlineData("figures]")]
    public void Read_UnknownBreakdownRow_ListsTheBreakdowns(string row)
    {
        var csv = Lines(Legacy);
        var line = LineOfRow(csv, "proactiveByChannel[0]");
        csv.Set(line, "row", row);

        ErrorAt(csv, line, "row").Problem.Should().Be(
            $"unknown row '{row}' of table breakdowns: expected proactiveByCategory[N], proactiveByChannel[N], figures[N].");
    }

    [Fact]
    public void Read_BreakdownEntryTwice_SaysEachHasOneRecord()
    {
        var csv = Lines(Legacy);
        var line = LineOfRow(csv, "proactiveByCategory[1]");
        csv.Set(line, "row", "proactiveByCategory[0]");

        ErrorAt(csv, line, "row").Problem.Should().Be("breakdown proactiveByCategory[0] has a second record: each entry has one.");
    }

    [Fact]
    public void Read_BreakdownOfAnUnknownColumn_ExpectsCount()
    {
        var csv = Lines(Legacy);
        var line = LineOfRow(csv, "figures[0]");
        csv.Set(line, "column", "total");

        ErrorAt(csv, line, "column").Problem.Should().Be("unknown column 'total' of table breakdowns: expected count.");
    }

    [Fact]
    public void Read_BreakdownEntryWithoutALabel_NamesWhatNeedsIt()
    {
        var csv = Lines(Legacy);
        var line = LineOfRow(csv, "figures[0]");
        csv.Set(line, "rowLabel", "");

        ErrorAt(csv, line, "rowLabel").Problem.Should().Be(
            "expected the printed label of a breakdown entry, found an empty field: the label is what names such a row.");
    }

    [Fact]
    public void Read_BreakdownEntryWithAUnit_IsAnError()
    {
        var csv = Lines(Legacy);
        var line = LineOfRow(csv, "figures[0]");
        csv.Set(line, "unit", "yuan");

        ErrorAt(csv, line, "unit").Problem.Should().Be("breakdown figures[0] has no unit (its figures are kept as printed): expected an empty field, found 'yuan'.");
    }

    [Fact]
    public void Read_BreakdownCountOfZero_IsRead()
    {
        var csv = Lines(Legacy);
        csv.Set(LineOfRow(csv, "proactiveByCategory[1]"), "value", "0");

        var read = CsvTestKit.Read(csv.ToString()).Single();

        read.Breakdowns.ProactiveByCategory[1].Should().Be(new LabeledCount("政策、规范性文件类", 0));
    }

    [Theory]
    [InlineData("", RuleCodes.Unreadable)]
    [InlineData("x", RuleCodes.Unreadable)]
    [InlineData("-70", RuleCodes.NegativeCount)]
    public void Read_BreakdownCountNotAWholeNumber_SaysACountIsNeverBlank(string value, string code)
    {
        var csv = Lines(Legacy);
        var line = LineOfRow(csv, "proactiveByCategory[1]");
        csv.Set(line, "value", value);

        var error = ErrorAt(csv, line, "value");

        error.Problem.Should().Be($"expected a whole number ≥ 0 for breakdown proactiveByCategory[1] ('政策、规范性文件类'), found '{value}' (a count stated in the text is never blank).");
        error.Code.Should().Be(code);
    }

    // ---- records without a cell -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("value", "1")]
    [InlineData("unit", "yuan")]
    [InlineData("rowLabel", "本年度")]
    [InlineData("columnLabel", "本年度")]
    public void Read_RecordWithoutACellButWithAnotherField_NamesTheField(string column, string value)
    {
        var csv = Lines(Figureless);
        csv.Set(1, column, value);

        ErrorAt(csv, 1, column).Problem.Should().Be(
            $"a record without table, row and column stands for a report without figures and has no {column}: expected an empty field, found '{value}'.");
    }

    [Fact]
    public void Read_SecondRecordWithoutACell_NamesTheFirst()
    {
        var csv = Lines(Figureless);
        csv.Insert(2, (string[])csv[1].Clone());

        ErrorAt(csv, 2, "table").Problem.Should().Be("report 自然资源和规划局 2009 (legacy) has a second record without table, row and column (the first is on line 2).");
    }

    [Theory]
    [InlineData("breakdowns")]
    [InlineData("otherRows")]
    [InlineData("cell")]
    public void Read_RecordWithoutACellBesideOneOtherRecord_IsAnError(string what)
    {
        var builder = Figureless.ToBuilder();
        switch (what)
        {
            case "breakdowns":
                builder.AddBreakdown(BreakdownKind.Figures, "政策解读数量", 17);
                break;
            case "otherRows":
                builder.AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", CellValue.Of(12), CellValue.NotApplicable));
                break;
            default:
                builder["legacy.proactive.total.annual"] = CellValue.Of(3);
                break;
        }

        var csv = Lines(builder.Build());
        var identityOnly = (string[])csv[1].Clone();
        foreach (var column in (string[])["table", "row", "column", "value", "unit", "rowLabel", "columnLabel"])
        {
            identityOnly[Array.IndexOf(csv.Header, column)] = string.Empty;
        }

        csv.Insert(1, identityOnly);

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Line.Should().Be(2);
        error.Problem.Should().Be(
            $"report 自然资源和规划局 2009 (legacy), lines 2–{csv.Count}, has a record without table, row and column (line 2) beside records of its figures: that record stands for a report without figures, and is then its only record.");
    }

    // ---- reports cut short ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1, "cell reviews.reconsideration.upheld")]
    [InlineData(3, "cells reviews.reconsideration.upheld, reviews.reconsideration.corrected, reviews.reconsideration.other")]
    [InlineData(5, "cells reviews.reconsideration.upheld, reviews.reconsideration.corrected, reviews.reconsideration.other … (5 in all)")]
    public void Read_ReportWithoutRecordsOfSomeCells_ListsTheFirstThreeAndHowMany(int removed, string cells)
    {
        var csv = Lines(Huaian);
        var first = csv.LineOf("reviews.reconsideration.upheld");
        for (var i = 0; i < removed; i++)
        {
            csv.RemoveAt(first);
        }

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Line.Should().Be(2);
        error.Location.Path.Should().BeNull();
        error.Problem.Should().Be(
            $"report 淮安市人民政府 2024 (national2021), lines 2–{csv.Count}, has no record of {cells}: the tidy layout has a record for every cell of a report (a blank one with an empty value); a report cut short, or whose records are split, is not read.");
    }

    [Fact]
    public void ReadResults_RecordsThatDisagreeOnIdentity_GiveEachPartItsOwnError()
    {
        var csv = Lines(Huaian);
        var from = csv.LineOf("requests.newlyReceived.naturalPerson");
        for (var i = from; i < csv.Count; i++)
        {
            csv.Set(i, "sourceUrl", "https://www.huaian.gov.cn/");
        }

        var results = CsvTestKit.Results(csv.ToString());

        const string problem = "the records of report 淮安市人民政府 2024 (national2021) disagree on their identity fields from line {0} on (sourceUrl '' before, 'https://www.huaian.gov.cn/' here): the records of one report have the same identity fields.";
        results.Should().HaveCount(2);
        results[0].Error!.Location.Line.Should().Be(2);
        results[0].Error!.Problem.Should().Be($"lines 2–{from}: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, problem, from + 1));
        results[1].Error!.Location.Line.Should().Be(from + 1);
        results[1].Error!.Problem.Should().Be(string.Format(System.Globalization.CultureInfo.InvariantCulture, problem, from + 1));
    }

    private static AnnualReport Figureless => new AnnualReportBuilder(ReportFormat.Legacy, 2009, new Agency("自然资源和规划局")).Build();

    /// <summary>The CSV with the named columns moved to the front, the others in their order.</summary>
    private static string Reordered(CsvLines csv, params string[] first)
    {
        var order = first.Select(c => Array.IndexOf(csv.Header, c)).Concat(Enumerable.Range(0, csv.Header.Length).Where(i => !first.Contains(csv.Header[i]))).ToArray();
        return string.Concat(Enumerable.Range(0, csv.Count).Select(i => string.Join(',', order.Select(c => csv[i][c])) + "\r\n"));
    }

    /// <summary>The CSV without the named columns.</summary>
    private static string Without(CsvLines csv, params string[] columns) =>
        string.Concat(Enumerable.Range(0, csv.Count).Select(i => string.Join(',', Enumerable.Range(0, csv.Header.Length).Where(c => !columns.Contains(csv.Header[c])).Select(c => csv[i][c])) + "\r\n"));
}
