using FluentAssertions;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Serialization.Csv;

public sealed class CsvRoundTripTests
{
    public static TheoryData<string, CsvLayout> AllCasesBothLayouts()
    {
        var data = new TheoryData<string, CsvLayout>();
        foreach (var name in JsonTestReports.AllCases)
        {
            data.Add(name, CsvLayout.Tidy);
            data.Add(name, CsvLayout.Wide);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCasesBothLayouts))]
    public void Write_ThenRead_GivesTheReportWithoutItsTextAndTheSameCsv(string name, CsvLayout layout)
    {
        var report = JsonTestReports.Get(name);
        var options = new CsvWriteOptions { Layout = layout };

        var csv = CsvTestKit.Write([report], options);
        var read = CsvTestKit.Read(csv);

        read.Should().ContainSingle();
        (read[0] == CsvTestKit.WithoutText(report)).Should().BeTrue($"{name} reads back equal in the {layout} layout, but for its sections and suppressions");
        read[0].Cells.Should().Equal(report.Cells);
        CsvTestKit.Write(read, options).Should().Equal(csv);
    }

    [Theory]
    [MemberData(nameof(AllCasesBothLayouts))]
    public void ModelToJsonToCsvToModel_IsLosslessForWhatCsvCarries(string name, CsvLayout layout)
    {
        var report = JsonTestReports.Get(name);
        var fromJson = GovDisclosureJson.Deserialize(GovDisclosureJson.Serialize(report));

        var read = CsvTestKit.Read(CsvTestKit.Write([fromJson], new CsvWriteOptions { Layout = layout })).Single();

        (read == CsvTestKit.WithoutText(report)).Should().BeTrue();
        GovDisclosureJson.Serialize(read).Should().Be(GovDisclosureJson.Serialize(CsvTestKit.WithoutText(report)));
    }

    [Theory]
    [InlineData(CsvLayout.Tidy)]
    [InlineData(CsvLayout.Wide)]
    public void Write_TheSeedReport_ReadsBackItsFiguresBreakdownsAndIdentity(CsvLayout layout)
    {
        var seed = GovDisclosureJson.ReadFile(Samples.SeedJsonPath);

        var read = CsvTestKit.Read(CsvTestKit.Write([seed], new CsvWriteOptions { Layout = layout })).Single();

        read.Should().Be(CsvTestKit.WithoutText(seed));
        read.Breakdowns.ProactiveByCategory.Should().Equal(seed.Breakdowns.ProactiveByCategory);
        read.SourceUrl.Should().Be(seed.SourceUrl);
        read["legacy.proactive.total.annual"].Should().Be(CellValue.Of(208));
    }
}
