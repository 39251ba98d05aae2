using FluentAssertions;
using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Tests.TestData;

public sealed class SamplesTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Report_FromRecordedFigures_HoldsEveryRecordedCell(string id)
    {
        var expected = Samples.Expected(id);
        var report = Samples.Report(id);

        foreach (var cell in expected.Cells.Where(c => !c.Table.StartsWith("(prose)", StringComparison.Ordinal)))
        {
            var value = report[Samples.KeyOf(report.Definition, cell)];
            if (cell.Value is { } figure)
            {
                value.Value.Should().Be(figure, $"{cell.Table} / {cell.Row} / {cell.Column} is printed as {figure}");
            }
            else
            {
                value.IsBlank.Should().BeTrue();
            }
        }
    }

    [Fact]
    public void SeedJson_HoldsTheFiguresTheCarefulReaderRecorded()
    {
        var seed = GovDisclosureJson.ReadFile(Samples.SeedJsonPath);
        var recorded = Samples.Report("000-gaoqiao-township-2018");

        seed.Cells.Should().Equal(recorded.Cells);
        seed.Breakdowns.Should().Be(recorded.Breakdowns);
        seed.PublishedOn.Should().Be(new DateOnly(2019, 1, 22));
        seed.Agency.Name.Should().Be("沙县高桥镇人民政府");
        seed.LegacyPeriods.Should().Equal(LegacyPeriod.Annual, LegacyPeriod.Cumulative);
    }

    [Fact]
    public void SeedJson_IsInTheCanonicalFormTheWriterProduces()
    {
        var text = File.ReadAllText(Samples.SeedJsonPath);
        var seed = GovDisclosureJson.Deserialize(text);

        (GovDisclosureJson.Serialize(seed) + "\n").Should().Be(text);
    }

    public static TheoryData<string> Cases() => [.. Samples.AllCases];
}
