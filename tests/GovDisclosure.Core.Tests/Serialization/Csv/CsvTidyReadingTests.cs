using FluentAssertions;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Serialization.Csv;

/// <summary>Reading the tidy layout is strict: each problem is an error naming the line, the column and what was expected.</summary>
public sealed class CsvTidyReadingTests
{
    private static AnnualReport Huaian => JsonTestReports.Get("007-huaian-city-2024");

    private static AnnualReport Legacy => JsonTestReports.Get("legacy-three-periods-other-rows");

    private static CsvLines Lines(params AnnualReport[] reports) => new(CsvTestKit.WriteText(reports));

    [Fact]
    public void Read_UnknownRowKey_NamesTheLineAndTheKey()
    {
        var csv = Lines(Huaian).Set("requests.granted.total", "row", "grantd");
        var line = csv.LineOf("requests.grantd.total") + 1;

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Source.Should().Be("reports.csv");
        error.Location.Line.Should().Be(line);
        error.Message.Should().Contain("unknown cell 'requests.grantd.total'").And.Contain("has no row 'grantd'");
    }

    [Fact]
    public void Read_ValueInACellTheRowDoesNotHave_IsAnError()
    {
        var csv = Lines(Huaian).Set("proactive.regulations.issued", "column", "decisions");

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Message.Should().Contain("row 'regulations' of table 'proactive' has no cell in column 'decisions'");
    }

    [Fact]
    public void Read_CellOfTheOtherNationalFormat_IsAnError()
    {
        var csv = Lines(Huaian).Set("proactive.regulations.issued", "column", "newlyMade");

        CsvTestKit.ReadError(csv.ToString()).Message.Should().Contain("unknown cell 'proactive.regulations.newlyMade' in a national2021 report");
    }

    [Fact]
    public void Read_SingleOtherHandlingRowBesideItsSubRows_IsAnError()
    {
        var csv = Lines(Huaian);
        var extra = (string[])csv[csv.LineOf("requests.otherOther.total")].Clone();
        extra[Array.IndexOf(csv.Header, "row")] = "otherHandling";
        extra[Array.IndexOf(csv.Header, "rowLabel")] = "";
        csv.Insert(csv.LineOf("requests.otherOther.total") + 1, extra);

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Message.Should().Contain("has records of row 'otherHandling' and of row 'otherNoCorrection'").And.Contain("never both");
    }

    [Theory]
    [InlineData("12a", "not a number", RuleCodes.Unreadable)]
    [InlineData("1,234", "not a number", RuleCodes.Unreadable)]
    [InlineData(" 12", "not a number", RuleCodes.Unreadable)]
    [InlineData("1e3", "not a number", RuleCodes.Unreadable)]
    [InlineData("-3", "a count cannot be negative", RuleCodes.NegativeCount)]
    [InlineData("3.5", "a count is a whole number", RuleCodes.FractionalCount)]
    [InlineData("3.0", "a count is a whole number", RuleCodes.FractionalCount)]
    [InlineData("1234567890123456789", "more than 18 significant digits", RuleCodes.Unreadable)]
    [InlineData("9223372036854775809", "more than 18 significant digits", RuleCodes.Unreadable)] // found by the fuzzer: the 19th digit overflowed a long (OverflowException)
    [InlineData("9999999999999999999", "more than 18 significant digits", RuleCodes.Unreadable)]
    public void Read_BadCount_NamesTheValueColumnAndTheCode(string value, string reason, string code)
    {
        var csv = Lines(Huaian);
        var line = csv.LineOf("requests.granted.total");
        csv.Set(line, "value", value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value);

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Line.Should().Be(line + 1);
        error.Location.Path.Should().Be("value");
        error.Message.Should().Contain($"expected a whole number ≥ 0 (a count) or an empty field (blank) for cell requests.granted.total, found '{value}': {reason}.");
        error.Code.Should().Be(code);
    }

    [Fact]
    public void Read_NegativeMoney_IsGD0902()
    {
        var csv = Lines(Huaian).Set("proactive.fees.amount", "value", "-1.5");

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Code.Should().Be(RuleCodes.NegativeCount);
        error.Message.Should().Contain("an amount of money cannot be negative");
    }

    [Fact]
    public void Read_NegativeSignedCount_IsAValue()
    {
        var report = JsonTestReports.Get("national2019-signed-units-blanks");
        var csv = Lines(report).Set("proactive.licensing.itemChange", "value", "-7");

        CsvTestKit.Read(csv.ToString()).Single()["proactive.licensing.itemChange"].Should().Be(CellValue.Of(-7));
    }

    [Fact]
    public void Read_ACellTwice_NamesBothLines()
    {
        var csv = Lines(Huaian);
        var line = csv.LineOf("requests.granted.total");
        csv.Insert(line + 1, (string[])csv[line].Clone());

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Line.Should().Be(line + 2);
        error.Message.Should().Contain($"cell requests.granted.total of report 淮安市人民政府 2024 (national2021) has a second record (the first is on line {line + 1})");
    }

    [Fact]
    public void Read_ReportWithoutARecordOfACell_SaysWhichCellsAreMissing()
    {
        var csv = Lines(Huaian);
        csv.RemoveAt(csv.LineOf("reviews.reconsideration.total"));

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Line.Should().Be(2);
        error.Message.Should().Contain("has no record of cell reviews.reconsideration.total")
            .And.Contain("a report cut short, or whose records are split, is not read");
    }

    [Fact]
    public void Read_ReportSplitAroundAnother_IsAnErrorNamingBothPlaces()
    {
        var other = JsonTestReports.Get("legacy-annual-only");
        var csv = Lines(Legacy, other);
        var first = csv.LineOf("legacy.requests.total.annual");

        // The legacy report's rows from its requests.total on are moved after the other report.
        var moved = 0;
        while (csv[first][0] == Legacy.Agency.Name && csv[first][5] == Legacy.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            csv.MoveToEnd(first);
            moved++;
        }

        var results = CsvTestKit.Results(csv.ToString());

        moved.Should().BeGreaterThan(0);
        results.Should().HaveCount(3);
        results[0].IsSuccess.Should().BeTrue("the first part is a report of its own");
        results[1].IsSuccess.Should().BeTrue();
        results[2].IsSuccess.Should().BeFalse();
        results[2].Error!.Message.Should().Contain("are in two places: from line 2 and from line").And.Contain("two copies of one report are not read");
    }

    [Fact]
    public void Read_RecordsOfAReportThatDisagreeOnIdentity_FailBothParts()
    {
        var csv = Lines(Huaian);
        var from = csv.LineOf("requests.newlyReceived.naturalPerson");
        for (var i = from; i < csv.Count; i++)
        {
            csv.Set(i, "publishedOn", "2025-01-25");
        }

        var results = CsvTestKit.Results(csv.ToString());

        results.Should().HaveCount(2);
        results.Should().OnlyContain(r => !r.IsSuccess);
        results[0].Error!.Message.Should().Contain($"disagree on their identity fields from line {from + 1} on (publishedOn '' before, '2025-01-25' here)");
        results[1].Error!.Location.Line.Should().Be(from + 1);
    }

    [Fact]
    public void Read_LabelThatContradictsTheKey_IsAnError()
    {
        var csv = Lines(Huaian).Set("requests.granted.total", "rowLabel", "（二）部分公开");

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Path.Should().Be("rowLabel");
        error.Message.Should().Contain("expected the printed label of row 'granted', '（一）予以公开', or an empty field, found '（二）部分公开': the key and the label disagree.");
    }

    [Fact]
    public void Read_EmptyLabels_AreAccepted()
    {
        var csv = Lines(Huaian);
        for (var i = 1; i < csv.Count; i++)
        {
            csv.Set(i, "rowLabel", "").Set(i, "columnLabel", "");
        }

        CsvTestKit.Read(csv.ToString()).Single().Should().Be(CsvTestKit.WithoutText(Huaian));
    }

    [Fact]
    public void Read_UnitOfACount_OrAnUnknownUnit_IsAnError()
    {
        CsvTestKit.ReadError(Lines(Huaian).Set("requests.granted.total", "unit", "yuan").ToString())
            .Message.Should().Contain("cell requests.granted.total holds a count, not money, and has no unit");
        CsvTestKit.ReadError(Lines(Huaian).Set("proactive.fees.amount", "unit", "dollar").ToString())
            .Message.Should().Contain("unknown unit 'dollar' of cell proactive.fees.amount: expected yuan, tenThousandYuan or an empty field.");
    }

    [Fact]
    public void Read_OtherRowsOutOfOrder_OrWithAnotherLabel_IsAnError()
    {
        var csv = Lines(Legacy);
        var line = Enumerable.Range(1, csv.Count - 1).First(i => csv[i][Array.IndexOf(csv.Header, "row")] == "otherRows[0]");
        CsvTestKit.ReadError(new CsvLines(csv.ToString()).Set(line, "row", "otherRows[2]").ToString())
            .Message.Should().Contain("expected otherRows[0] (the next entry), found 'otherRows[2]'");

        var relabelled = new CsvLines(csv.ToString()).Set(line + 1, "rowLabel", "另一行");
        CsvTestKit.ReadError(relabelled.ToString()).Message.Should().Contain("row otherRows[0] is labelled");

        CsvTestKit.ReadError(new CsvLines(csv.ToString()).Set(line, "rowLabel", "").ToString())
            .Message.Should().Contain("expected the printed label of a legacy row the catalogue does not know, found an empty field");
    }

    [Fact]
    public void Read_BreakdownThatIsBlankOrNegative_IsAnError()
    {
        var seed = GovDisclosure.Serialization.Json.GovDisclosureJson.ReadFile(TestData.Samples.SeedJsonPath);
        var csv = Lines(seed);
        var line = Enumerable.Range(1, csv.Count - 1).First(i => csv[i][Array.IndexOf(csv.Header, "row")] == "proactiveByCategory[1]");

        CsvTestKit.ReadError(new CsvLines(csv.ToString()).Set(line, "value", "").ToString())
            .Message.Should().Contain("expected a whole number ≥ 0 for breakdown proactiveByCategory[1] ('政策、规范性文件类'), found ''");
        CsvTestKit.ReadError(new CsvLines(csv.ToString()).Set(line, "value", "-70").ToString()).Code.Should().Be(RuleCodes.NegativeCount);
        CsvTestKit.ReadError(new CsvLines(csv.ToString()).Set(line, "row", "proactiveByCategory[0]").ToString())
            .Message.Should().Contain("breakdown proactiveByCategory[0] has a second record");
        CsvTestKit.ReadError(new CsvLines(csv.ToString()).Set(line, "row", "byAuthor[1]").ToString())
            .Message.Should().Contain("unknown row 'byAuthor[1]' of table breakdowns");
    }

    [Theory]
    [InlineData("year", "2007", "year 2007 is out of range: expected 2008 to 2100.")]
    [InlineData("year", "二〇二四", "expected the reporting year")]
    [InlineData("format", "national2022", "unknown format 'national2022': expected legacy, national2019 or national2021.")]
    [InlineData("level", "city", "unknown level 'city'")]
    [InlineData("divisionCode", "3208", "divisionCode")]
    [InlineData("publishedOn", "2025/01/24", "'2025/01/24' is not a date: expected YYYY-MM-DD")]
    [InlineData("sourceUrl", "www.huaian.gov.cn", "'www.huaian.gov.cn' is not an absolute URI.")]
    [InlineData("agencyName", "", "expected the agency's name, found an empty field")]
    public void Read_BadIdentityField_NamesItsColumn(string column, string value, string message)
    {
        var csv = Lines(Huaian);
        for (var i = 1; i < csv.Count; i++)
        {
            csv.Set(i, column, value);
        }

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Line.Should().Be(2);
        error.Location.Path.Should().Be(column);
        error.Message.Should().Contain(message);
    }

    [Fact]
    public void Read_RecordWithAFieldTooMany_IsAnError()
    {
        var csv = Lines(Huaian);
        var line = csv.LineOf("requests.granted.total");
        csv.Insert(line, [.. csv[line], "x"]).RemoveAt(line + 1);

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Line.Should().Be(line + 1);
        error.Message.Should().Contain("expected 16 fields, as the header has, found 17");
    }

    [Theory]
    [InlineData("", "the input is empty")]
    [InlineData("agencyName,year,format,table,row,column,value,colour\r\n", "unknown column 'colour'")]
    [InlineData("agencyName,year,table,row,column,value\r\n", "the header has no column 'format'")]
    [InlineData("agencyName,year,format,table,row,column\r\n", "the header has no column 'value'")]
    [InlineData("agencyName,year,format,year,table,row,column,value\r\n", "the header names column 'year' twice")]
    public void Read_BadHeader_StopsReading(string csv, string message)
    {
        var results = CsvTestKit.Results(csv);

        results.Should().ContainSingle();
        results[0].StoppedReading.Should().BeTrue();
        results[0].Error!.Location.Line.Should().Be(1);
        results[0].Error!.Message.Should().Contain(message);
    }

    [Fact]
    public void WriteThenRead_LegacyReportWithoutFigures_KeepsTheReportAsOneRecordOfItsIdentity()
    {
        // Found by the CSV property tests (RandomReports seed 1259036183): a legacy report that printed no indicator, no
        // other row and no breakdown had no record at all, and vanished from the file.
        var report = new AnnualReportBuilder(ReportFormat.Legacy, 2009, new Agency("自然资源和规划局")) { PublishedOn = new DateOnly(2010, 2, 25) }.Build();

        var csv = Lines(report);
        var read = CsvTestKit.Read(csv.ToString());

        csv.Count.Should().Be(2, "the header and the report's one record");
        csv[1][^7..].Should().AllBe(string.Empty, "table, row, column, value, unit and labels are empty");
        read.Should().ContainSingle().Which.Should().Be(report);
        CsvTestKit.WriteText(read).Should().Be(csv.ToString());
    }

    [Fact]
    public void Read_RecordWithoutACellBesideRecordsOfCells_IsAnError()
    {
        var csv = Lines(Legacy);
        var identityOnly = (string[])csv[1].Clone();
        foreach (var column in TidyColumnsAfterTheIdentity)
        {
            identityOnly[Array.IndexOf(csv.Header, column)] = string.Empty;
        }

        csv.Insert(2, identityOnly);

        CsvTestKit.ReadError(csv.ToString()).Message.Should().Contain("has a record without table, row and column (line 3) beside records of its figures");
        CsvTestKit.ReadError(new CsvLines(csv.ToString()).Set(2, "value", "1").ToString()).Message.Should().Contain("has no value");
    }

    [Theory]
    [InlineData(CsvLayout.Tidy)]
    [InlineData(CsvLayout.Wide)]
    public void Read_MoreLegacyRowsThanMaxListEntries_IsAnErrorNamingTheLimit(CsvLayout layout)
    {
        Legacy.LegacyOtherRows.Length.Should().BeGreaterThan(1);
        var csv = CsvTestKit.Write([Legacy], new CsvWriteOptions { Layout = layout });

        var error = ((Action)(() => CsvTestKit.Read(csv, new CsvReadOptions { MaxListEntries = 1 }))).Should().Throw<ReportReadException>().Which;

        error.Message.Should().Contain("more than 1").And.Contain("in one report (CsvReadOptions.MaxListEntries)");
        error.Location.Line.Should().NotBeNull();
        var longest = new[] { Legacy.LegacyOtherRows.Length, Legacy.Breakdowns.ProactiveByCategory.Length, Legacy.Breakdowns.ProactiveByChannel.Length, Legacy.Breakdowns.Figures.Length }.Max();
        CsvTestKit.Read(csv, new CsvReadOptions { MaxListEntries = longest }).Should().ContainSingle();
    }

    [Theory]
    [InlineData(CsvLayout.Tidy)]
    [InlineData(CsvLayout.Wide)]
    public void ReadResults_MoreReportsThanMaxReports_StopsWithAnErrorAtTheFirstReportOver(CsvLayout layout)
    {
        var csv = CsvTestKit.WriteText([Legacy, JsonTestReports.Get("legacy-annual-only"), JsonTestReports.Get("legacy-all-blank-indicators")], new CsvWriteOptions { Layout = layout });
        var thirdLine = CsvTestKit.Results(csv)[2].Location.Line;

        var results = CsvTestKit.Results(csv, new CsvReadOptions { MaxReports = 2 });

        results.Should().HaveCount(3);
        results.Take(2).Should().OnlyContain(r => r.IsSuccess);
        var stop = results[2];
        stop.StoppedReading.Should().BeTrue();
        stop.Error!.Problem.Should().Be("the input holds more than 2 reports, the limit set (CsvReadOptions.MaxReports); the reports after it are not read.");
        stop.Error.Location.Line.Should().Be(thirdLine).And.NotBeNull();
        stop.Error.Location.Source.Should().Be("reports.csv");
    }

    [Fact]
    public void Read_MoreReportsThanMaxReports_Throws_AndExactlyTheLimitIsRead()
    {
        var csv = CsvTestKit.WriteText([Legacy, Huaian]);

        CsvTestKit.ReadError(csv, new CsvReadOptions { MaxReports = 1 }).Message.Should().Contain("more than 1 reports").And.Contain("CsvReadOptions.MaxReports");
        CsvTestKit.Read(csv, new CsvReadOptions { MaxReports = 2 }).Should().HaveCount(2);
    }

    [Fact]
    public void ReadResults_BadReportsCountAgainstMaxReports()
    {
        var csv = Lines(Legacy, Huaian, JsonTestReports.Get("legacy-annual-only"));
        csv.Set("requests.granted.total", "value", "x");

        var results = CsvTestKit.Results(csv.ToString(), new CsvReadOptions { MaxReports = 2 });

        results.Select(r => r.IsSuccess).Should().Equal(true, false, false);
        results[2].StoppedReading.Should().BeTrue();
        results[2].Error!.Problem.Should().Contain("MaxReports");
    }

    [Fact]
    public void MaxReports_BelowOne_IsRefused()
    {
        var set = () => new CsvReadOptions { MaxReports = 0 };

        set.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("MaxReports");
    }

    private static string[] TidyColumnsAfterTheIdentity => ["table", "row", "column", "value", "unit", "rowLabel", "columnLabel"];

    [Fact]
    public void Read_HeaderOnly_GivesNoReport() =>
        CsvTestKit.Read(string.Join(',', TidyColumns) + "\r\n").Should().BeEmpty();

    [Fact]
    public void Read_ColumnsInAnotherOrderAndWithoutTheOptionalOnes_ReadsTheReport()
    {
        var report = JsonTestReports.Get("national2021-all-blank");
        var csv = Lines(report);
        var keep = new[] { "value", "column", "row", "table", "format", "year", "agencyName" };
        var text = string.Join("\r\n", Enumerable.Range(0, csv.Count).Select(i => string.Join(',', keep.Select(c => csv[i][Array.IndexOf(csv.Header, c)])))) + "\r\n";

        CsvTestKit.Read(text).Single().Should().Be(report);
    }

    [Fact]
    public void Read_LayoutOptionThatTheHeaderContradicts_IsAnError() =>
        CsvTestKit.ReadError(CsvTestKit.WriteText([Huaian]), new CsvReadOptions { Layout = CsvLayout.Wide })
            .Message.Should().Contain("expected the wide layout");

    [Fact]
    public void Read_UnclosedQuote_StopsReadingWithTheLine()
    {
        var csv = Lines(Huaian, Legacy);
        var line = csv.LineOf("requests.granted.total");
        csv.Set(line, "rowLabel", "\"（一）予以公开");

        var results = CsvTestKit.Results(csv.ToString());

        results.Last().StoppedReading.Should().BeTrue();
        results.Last().Error!.Message.Should().Contain("the CSV is malformed").And.Contain("the rest of the file is not read");
        results.Where(r => r.IsSuccess).Should().BeEmpty("the report being read when the CSV broke is not complete");
    }

    [Fact]
    public void ReadResults_GoesOnAfterABadReport_AndSaysWhichFailed()
    {
        var csv = Lines(Legacy, Huaian, JsonTestReports.Get("legacy-annual-only"));
        csv.Set("requests.granted.total", "value", "x");

        var results = CsvTestKit.Results(csv.ToString());

        results.Select(r => r.IsSuccess).Should().Equal(true, false, true);
        results[1].StoppedReading.Should().BeFalse();
        results[1].Error!.Location.Path.Should().Be("value");
        results[2].Report!.Agency.Name.Should().Be(JsonTestReports.Get("legacy-annual-only").Agency.Name);
        results[2].Location.Line.Should().BeGreaterThan(2);
    }

    private static string[] TidyColumns => [.. GovDisclosureCsv.GetColumns(CsvLayout.Tidy)];

    [Fact]
    public void Read_NameWithALineBreakAndAComma_KeepsTheLinesOfLaterErrorsRight()
    {
        var report = Huaian with { Agency = new Agency("淮安市\n人民政府, 办公室") };
        var text = CsvTestKit.WriteText([report]);
        var granted = $"requests,granted,total,{report["requests.granted.total"]},";
        var record = text.Split("\r\n").Select((l, i) => (l, i)).First(p => p.l.Contains(granted, StringComparison.Ordinal));
        var bad = text.Replace(granted, "requests,granted,total,x,", StringComparison.Ordinal);

        CsvTestKit.Read(text).Single().Should().Be(CsvTestKit.WithoutText(report));
        CsvTestKit.ReadError(bad).Location.Line.Should().Be(record.i + 1 + record.i - 1, "each record before it takes two lines");
    }

    [Theory]
    [InlineData("'.granted.total'", "table")]
    [InlineData("'requests..total'", "row")]
    [InlineData("'requests.granted.'", "column")]
    [InlineData("'..total'", "table", "row")]
    [InlineData("'requests..'", "row", "column")]
    public void Read_RecordWithSomeButNotAllOfTableRowAndColumnEmpty_IsAnUnknownCellNotAnIdentityRecord(string shown, params string[] empty)
    {
        var csv = Lines(Huaian);
        var line = csv.LineOf("requests.granted.total");
        foreach (var column in empty)
        {
            csv.Set(line, column, string.Empty);
        }

        var error = CsvTestKit.ReadError(csv.ToString());

        error.Location.Line.Should().Be(line + 1);
        error.Message.Should().Contain($"unknown cell {shown} in a national2021 report");
    }

    [Fact]
    public void Read_NationalRecordOfALegacyRowTheCatalogueDoesNotKnow_IsAnUnknownCell()
    {
        var csv = Lines(Huaian);
        var line = csv.LineOf("requests.granted.total");
        csv.Set(line, "table", "legacy").Set(line, "row", "otherRows[0]").Set(line, "column", "annual");

        CsvTestKit.ReadError(csv.ToString()).Message.Should().Contain("unknown cell 'legacy.otherRows[0].annual' in a national2021 report");
    }

    [Fact]
    public void Read_CellKeyOfChineseCharacters_IsAnUnknownCellShownAsWritten()
    {
        var csv = Lines(Huaian).Set("requests.granted.total", "row", "予以公开");

        CsvTestKit.ReadError(csv.ToString()).Message.Should().Contain("unknown cell 'requests.予以公开.total' in a national2021 report")
            .And.Contain("keys of ASCII letters and digits");
    }
}
