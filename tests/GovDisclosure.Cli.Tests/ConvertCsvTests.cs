using System.Text;
using FluentAssertions;
using GovDisclosure.Serialization.Csv;
using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Cli.Tests;

public sealed class ConvertCsvTests
{
    private static AnnualReport National2021()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, new Agency("某县人民政府"));
        builder.Set(RequestRow.Granted, Applicant.Total, 12);
        return builder.Build();
    }

    private static AnnualReport WithoutText(AnnualReport report) =>
        report with { Sections = System.Collections.Immutable.ImmutableSortedDictionary<ReportSection, string>.Empty, Suppressions = [] };

    [Fact]
    public void Convert_JsonToCsvAndBack_GivesTheReportWithoutItsText()
    {
        using var folder = new TemporaryFolder();
        var csv = folder.File("seed.csv");
        var back = folder.File("seed.json");

        CliRun.Of("convert", CliRun.SeedJson, csv).ExitCode.Should().Be(ExitCodes.Success);
        CliRun.Of("convert", csv, back).ExitCode.Should().Be(ExitCodes.Success);

        File.ReadAllBytes(csv).AsSpan(0, 3).ToArray().Should().Equal(0xEF, 0xBB, 0xBF);
        File.ReadAllText(csv).Should().Contain("\r\n沙县高桥镇人民政府,,,township,government,2018,legacy,2019-01-22,");
        GovDisclosureJson.ReadFile(back).Should().Be(WithoutText(TestReports.Seed()));
    }

    [Fact]
    public void Convert_JsonLinesOfSeveralFormatsToWide_HasTheColumnsOfEach()
    {
        using var folder = new TemporaryFolder();
        var lines = folder.Write("mixed.jsonl", TestReports.Seed(), National2021());
        var wide = folder.File("table.csv");

        var run = CliRun.Of("convert", lines, wide, "--layout", "wide");

        run.ExitCode.Should().Be(ExitCodes.Success);
        var header = File.ReadLines(wide).First();
        header.Should().Contain("legacy.proactive.total.annual").And.Contain("requests.granted.total");
        File.ReadLines(wide).Should().HaveCount(3);
        using var stream = File.OpenRead(wide);
        GovDisclosureCsv.Read(stream).Should().Equal(WithoutText(TestReports.Seed()), National2021());
    }

    [Fact]
    public void Convert_ToStandardOutputWithLayout_WritesCsv()
    {
        var run = CliRun.Of("convert", CliRun.SeedJson, "-", "--layout", "tidy", "--no-bom");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().StartWith("agencyName,creditCode,divisionCode,level,kind,year,format,").And.Contain(",legacy,proactive.total,annual,208,,");
    }

    [Fact]
    public void Convert_LayoutWithJsonOutput_ExitsWith64()
    {
        var run = CliRun.Of("convert", CliRun.SeedJson, "-", "--layout", "wide", "--encoding", "gb18030");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("--encoding applies to a .csv input");

        CliRun.Of("convert", CliRun.SeedJson, "out.jsonl", "--layout", "wide").Error.Should().Contain("--layout applies to CSV output");
    }

    [Fact]
    public void Convert_Gb18030Csv_IsReadDetectedOrNamed()
    {
        using var folder = new TemporaryFolder();
        var csv = folder.File("excel.csv");
        using (var writer = new StringWriter())
        {
            GovDisclosureCsv.Write(writer, [TestReports.Seed()], new CsvWriteOptions { WriteByteOrderMark = false });
            File.WriteAllBytes(csv, GovDisclosureCsv.Gb18030.GetBytes(writer.ToString()));
        }

        var detected = CliRun.Of("convert", csv, "-");
        var named = CliRun.Of("convert", csv, "-", "--encoding", "gb18030");

        detected.ExitCode.Should().Be(ExitCodes.Success);
        detected.Output.Should().Contain("\"name\":\"沙县高桥镇人民政府\"");
        named.Output.Should().Be(detected.Output);
    }

    [Fact]
    public void Convert_BadCsv_ExitsWith2NamingTheLineAndColumnAndWritesNothing()
    {
        using var folder = new TemporaryFolder();
        var csv = folder.File("seed.csv");
        CliRun.Of("convert", CliRun.SeedJson, csv);
        File.WriteAllText(csv, File.ReadAllText(csv).Replace("proactive.website,annual,200,", "proactive.website,annual,-200,", StringComparison.Ordinal), Encoding.UTF8);
        var target = folder.File("out.jsonl");

        var run = CliRun.Of("convert", csv, target);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().StartWith($"error: {csv}:4: value: expected a whole number ≥ 0 (a count) or an empty field (blank) for cell legacy.proactive.website.annual, found '-200'");
        File.Exists(target).Should().BeFalse();
    }

    [Fact]
    public void History_AndRollup_ReadCsvInputs()
    {
        using var folder = new TemporaryFolder();
        var csv = folder.File("reports.csv");
        GovDisclosureCsv.WriteFile(csv, [TestReports.YearBefore(TestReports.Seed()), TestReports.InDivision(TestReports.Seed(), "350427101")]);

        var history = CliRun.Of("history", csv, "--format", "csv");
        var rollup = CliRun.Of("rollup", csv, "--by", "all", "--out", "-");

        history.ExitCode.Should().Be(ExitCodes.Success);
        history.Output.Should().Contain(",2017,legacy,proactivelyDisclosed,");
        rollup.ExitCode.Should().Be(ExitCodes.InputError, "the two reports are of different years");
        rollup.Error.Should().Contain("reports.csv:2").And.Contain("a roll-up adds up the reports of one year");
    }

    [Fact]
    public void Rollup_ToCsv_WritesTheJurisdictionsTidy()
    {
        using var folder = new TemporaryFolder();
        var input = folder.Write("towns.jsonl", TestReports.InDivision(TestReports.Seed(), "350427101"), TestReports.InDivision(TestReports.Seed(), "350427102", "沙县某镇人民政府"));
        var target = folder.File("counties.csv");

        var run = CliRun.Of("rollup", input, "--by", "county", "--out", target);

        run.ExitCode.Should().Be(ExitCodes.Success);
        using var stream = File.OpenRead(target);
        var report = GovDisclosureCsv.Read(stream, target).Single();
        report.Agency.DivisionCode!.Value.Value.Should().Be("350427");
        report["legacy.proactive.total.annual"].Should().Be(CellValue.Of(416));
    }
}
