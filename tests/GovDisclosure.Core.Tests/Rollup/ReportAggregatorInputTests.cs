using System.Text;
using FluentAssertions;
using GovDisclosure.Rollup;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

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
