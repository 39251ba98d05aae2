using System.Text;
using FluentAssertions;
using GovDisclosure.Rollup;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Rollup;

/// <summary>What the roll-up does with inputs it cannot add up, and how its results name themselves.</summary>
public sealed class ReportAggregatorInputTests
{
    private static readonly CellKey Granted = CellKey.Parse("requests.granted.total");

    [Fact]
    public void Constructor_UnknownLevel_ThrowsArgumentOutOfRange()
    {
        var act = () => new ReportAggregator((RollupLevel)42);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("level");
    }

    [Fact]
    public void Level_ByParent_IsNull()
    {
        new ReportAggregator(RollupLevel.Prefecture).Level.Should().Be(RollupLevel.Prefecture);
        new ReportAggregator(_ => "沙县").Level.Should().BeNull();
        new ReportAggregator(new Dictionary<AgencyKey, string>()).Level.Should().BeNull();
    }

    [Fact]
    public void Aggregate_NullAmongTheReports_IsAnErrorNamingItsPosition()
    {
        var pingtan = Samples.Report("010-pingtan-zone-2024");

        var act = () => new ReportAggregator(RollupLevel.All).Aggregate([pingtan, null!]);

        act.Should().Throw<RollupException>().WithMessage("Input #2 is null, not a report.");
    }

    [Fact]
    public void Aggregate_ReadResultsWithALineThatCannotBeRead_IsAnErrorCarryingTheReadError()
    {
        var pingtan = GovDisclosureJson.Serialize(Samples.Report("010-pingtan-zone-2024"), indented: false);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(pingtan + "\n{\"format\": 7}\n"));

        var act = () => new ReportAggregator(RollupLevel.All).Aggregate(GovDisclosureJson.ReadLineResults(stream, "batch.jsonl"));

        var error = act.Should().Throw<RollupException>().WithMessage("An input could not be read, so the roll-up would leave it out: *").Which;
        error.InnerException.Should().BeOfType<ReportReadException>().Which.Location.Line.Should().Be(2);
    }

    [Fact]
    public void Aggregate_TheSameReportsAsAListOrAsALazySequence_GiveTheSameResults()
    {
        AnnualReport[] reports = [Samples.Report("007-huaian-city-2024"), Samples.Report("010-pingtan-zone-2024")];

        var fromList = new ReportAggregator(RollupLevel.All).Aggregate(reports)[0];
        var fromSequence = new ReportAggregator(RollupLevel.All).Aggregate(reports.Where(_ => true))[0];

        fromSequence.Report!.Cells.Should().Equal(fromList.Report!.Cells);
        fromSequence.Sources.Should().Equal(fromList.Sources);
    }

    [Fact]
    public void ToString_OneReportOrTwo_KeyYearAndCount()
    {
        var huaian = Samples.Report("007-huaian-city-2024");
        var pingtan = Samples.Report("010-pingtan-zone-2024");

        new ReportAggregator(RollupLevel.All).Aggregate([huaian])[0].ToString().Should().Be("all 2024 (1 report)");
        new ReportAggregator(RollupLevel.All).Aggregate([huaian, pingtan])[0].ToString().Should().Be("all 2024 (2 reports)");
    }

    [Fact]
    public void GetKeyIndicator_UnknownIndicator_ThrowsArgumentOutOfRange()
    {
        var result = new ReportAggregator(RollupLevel.All).Aggregate([Samples.Report("010-pingtan-zone-2024")])[0];

        result.Invoking(r => r.GetKeyIndicator((KeyIndicator)99)).Should().Throw<ArgumentOutOfRangeException>();
        result.Invoking(r => r.GetBlankCount((KeyIndicator)(-1))).Should().Throw<ArgumentOutOfRangeException>();
        result.Invoking(r => r.GetReportedCount((KeyIndicator)99)).Should().Throw<ArgumentOutOfRangeException>();
        result.Invoking(r => r.IsComplete((KeyIndicator)99)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Aggregate_ByLevelAll_OneGroupWithoutCodeOrLevel()
    {
        var huaian = Samples.Report("007-huaian-city-2024");

        var result = new ReportAggregator(RollupLevel.All).Aggregate([huaian]).Should().ContainSingle().Subject;

        result.Level.Should().Be(RollupLevel.All);
        result.DivisionCode.Should().BeNull();
        result.Report!.Agency.DivisionCode.Should().BeNull();
        result.Report.Agency.Level.Should().BeNull();
        result.Report[Granted].Should().Be(huaian[Granted]);
    }
}

/// <summary>Arguments the roll-up and history types refuse, and the reports their errors name.</summary>
public sealed class RollupArgumentTests
{
    private static readonly CellKey Granted = CellKey.Parse("requests.granted.total");

    [Fact]
    public void ReportAggregator_NullArguments_ThrowArgumentNull()
    {
        var byList = () => new ReportAggregator((IReadOnlyDictionary<AgencyKey, string>)null!);
        var byFunction = () => new ReportAggregator((Func<AnnualReport, string?>)null!);
        var reports = () => new ReportAggregator(RollupLevel.All).Aggregate((IEnumerable<AnnualReport>)null!);
        var results = () => new ReportAggregator(RollupLevel.All).Aggregate((IEnumerable<ReportReadResult>)null!);

        byList.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("parents");
        byFunction.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("parentOf");
        reports.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("reports");
        results.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("results");
    }

    [Fact]
    public void Aggregate_DifferentYears_ErrorNamesTheFirstReportAndTheOneOnAnotherYear()
    {
        var pingtan2024 = Samples.Report("010-pingtan-zone-2024");
        var huaian2024 = Samples.Report("007-huaian-city-2024");
        var pingtan2019 = Samples.Report("006-pingtan-zone-2019");

        var act = () => new ReportAggregator(RollupLevel.All).Aggregate([pingtan2024, huaian2024, pingtan2019]);

        act.Should().Throw<RollupException>().WithMessage("Report #3 (*2019*) is on 2019, but Report #1 (*2024*) is on 2024*")
            .Which.Reports.Select(r => (r.AgencyName, r.Year)).Should().Equal((pingtan2024.Agency.Name, 2024), (pingtan2019.Agency.Name, 2019));
    }

    [Theory]
    [InlineData(RollupLevel.Province, "province")]
    [InlineData(RollupLevel.Prefecture, "prefecture")]
    [InlineData(RollupLevel.County, "county")]
    public void Aggregate_ReportWithoutDivisionCode_ErrorNamesTheLevelAndTheReport(RollupLevel level, string name)
    {
        var huaian = Samples.Report("007-huaian-city-2024");

        var act = () => new ReportAggregator(level).Aggregate([huaian]);

        act.Should().Throw<RollupException>().WithMessage($"Report #1 (淮安市人民政府 2024*) has no administrative division code: it cannot be placed in a {name}.")
            .Which.Reports.Should().Equal(ReportIdentity.Of(huaian));
    }

    [Fact]
    public void Aggregate_ReportWithoutParent_ErrorNamesTheReport()
    {
        var pingtan = Samples.Report("010-pingtan-zone-2024");

        var missing = () => new ReportAggregator(new Dictionary<AgencyKey, string>()).Aggregate([pingtan]);
        var blank = () => new ReportAggregator(_ => " ").Aggregate([pingtan]);

        missing.Should().Throw<RollupException>().WithMessage("*not in the parent list*").Which.Reports.Should().Equal(ReportIdentity.Of(pingtan));
        blank.Should().Throw<RollupException>().WithMessage("*has no parent*").Which.Reports.Should().Equal(ReportIdentity.Of(pingtan));
    }

    [Fact]
    public void Aggregate_TwoReportsOfOneFormat_ListThatFormatOnce()
    {
        var huaian = Samples.Report("007-huaian-city-2024");
        var pingtan = Samples.Report("010-pingtan-zone-2024");

        var result = new ReportAggregator(RollupLevel.All).Aggregate([huaian, pingtan])[0];

        result.Formats.Should().Equal(ReportFormat.National2021);
        result.ReportUnavailableReason.Should().BeNull();
    }

    [Fact]
    public void Aggregate_MixedFormats_ReasonListsTheFormats()
    {
        var seed = HistoryTestReports.Seed2018();
        var pingtan = HistoryTestReports.AsYear(HistoryTestReports.PingtanZone2019(), 2018);

        var result = new ReportAggregator(RollupLevel.All).Aggregate([seed, pingtan])[0];

        result.ReportUnavailableReason.Should().Be(
            "The reports of all have different formats (legacy, national2019): their cells do not add up, so only the key indicators are summed.");
    }

    [Fact]
    public void RollupException_DefaultConstructor_SaysTheReportsCouldNotBeRolledUp() =>
        new RollupException().Message.Should().Be("The reports could not be rolled up.");

    [Fact]
    public void GetKeyIndicator_UnknownIndicator_NamesTheArgument()
    {
        var result = new ReportAggregator(RollupLevel.All).Aggregate([Samples.Report("010-pingtan-zone-2024")])[0];

        result.Invoking(r => r.GetKeyIndicator((KeyIndicator)99)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Unknown key indicator.*").Which.ParamName.Should().Be("indicator");
    }

    [Fact]
    public void AgencyHistory_NullArguments_ThrowArgumentNull()
    {
        var pingtan = HistoryTestReports.PingtanZone2019();

        ((Action)(() => AgencyHistory.Build(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("reports");
        ((Action)(() => AgencyHistory.Build([pingtan, null!]))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("reports");
        ((Action)(() => AgencyHistory.Of(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("reports");
        ((Action)(() => AgencyHistory.Of([pingtan, null!]))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("reports");
        ((Action)(() => CumulativeTotals.Recompute((AgencyHistory)null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("history");
        ((Action)(() => CarryForward.StartNextYear(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("report");
        ((Action)(() => _ = SeriesTable.Rows([AgencyHistory.Of([pingtan]), null!]).ToList())).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("histories");
    }

    [Fact]
    public void AgencyHistory_Of_NoReport_SaysAHistoryNeedsOne()
    {
        var act = () => AgencyHistory.Of([]);

        act.Should().Throw<ArgumentException>().WithMessage("A history needs at least one report.*").Which.ParamName.Should().Be("reports");
    }

    [Fact]
    public void Find_HistoryWithAGap_EachReportedYearItsReportOtherYearsNull()
    {
        var reports = HistoryTestReports.Seed2016To2018().Concat([HistoryTestReports.AsYear(HistoryTestReports.Seed2018(), 2020)]).ToArray();
        var history = AgencyHistory.Of(reports);

        foreach (var report in reports)
        {
            history.Find(report.Year).Should().BeSameAs(history.Reports.Single(r => r.Year == report.Year), report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        history.Find(2015).Should().BeNull();
        history.Find(2019).Should().BeNull();
        history.Find(2021).Should().BeNull();
        history.MissingYears.Should().Equal(2019);
    }

    [Fact]
    public void Build_TwoReportsOnOneYearInTwoFormats_TheErrorNamesThemInInputOrder()
    {
        var first = HistoryTestReports.PingtanZone2019();
        var second = AnnualReport.CreateBuilder(ReportFormat.National2021, 2019, first.Agency).Build();

        var act = () => AgencyHistory.Build([first, HistoryTestReports.PingtanZone2024(), second]);

        var error = act.Should().Throw<DuplicateReportException>().Which;
        error.First!.Format.Should().Be(ReportFormat.National2019);
        error.Second!.Format.Should().Be(ReportFormat.National2021);
    }

    [Fact]
    public void AgencyHistory_ToString_NameKeyAndYears()
    {
        var pingtan = HistoryTestReports.PingtanZone2024();
        var history = AgencyHistory.Of([HistoryTestReports.AsYear(pingtan, 2022), pingtan]);

        history.ToString().Should().Be($"平潭综合实验区管委会办公室 ({history.Key}) 2022–2024");
    }

    [Fact]
    public void GetSeries_UnknownIndicator_NamesTheArgument()
    {
        var history = AgencyHistory.Of([HistoryTestReports.PingtanZone2024()]);

        history.Invoking(h => h.GetSeries((KeyIndicator)99)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Unknown key indicator.*").Which.ParamName.Should().Be("indicator");
    }

    [Fact]
    public void StartNextYear_LastYear_MessageSaysThereIsNoNextYear()
    {
        var last = HistoryTestReports.AsYear(HistoryTestReports.PingtanZone2024(), AnnualReport.MaxYear);

        var act = () => CarryForward.StartNextYear(last);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("A report on 2100 has no next year: reports carry years up to 2100.*")
            .Which.ParamName.Should().Be("report");
    }

    [Fact]
    public void IndicatorPoint_PreviousYearNotTheYearBefore_ThrowsArgumentException()
    {
        var act = () => new IndicatorPoint(2024, ReportFormat.National2021, KeyIndicator.RequestsReceived, CellValue.Of(218), 2022, CellValue.Of(200));

        act.Should().Throw<ArgumentException>().WithMessage("A change is computed only from the year before: expected 2023, found 2022.*")
            .Which.ParamName.Should().Be("previousYear");
    }

    [Fact]
    public void Recompute_OtherRowFirstPrintedInTheSecondYear_NoBreakBeforeIt()
    {
        var reports = HistoryTestReports.Seed2016To2018();
        reports[1] = reports[1].ToBuilder().AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", 4L, 14L)).Build();
        reports[2] = reports[2].ToBuilder().AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", 5L, 19L)).Build();

        var check = CumulativeTotals.Recompute(reports);

        check.Breaks.Where(b => b.Row == "依申请公开信息目录数").Should().BeEmpty();
        check.Differences.Should().BeEmpty();
    }
}
