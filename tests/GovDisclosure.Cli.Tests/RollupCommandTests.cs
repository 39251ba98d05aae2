using FluentAssertions;
using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Cli.Tests;

public sealed class RollupCommandTests
{
    private static readonly CellKey ProactiveAnnual = CellKey.Parse("legacy.proactive.total.annual");
    private static readonly CellKey ProactiveCumulative = CellKey.Parse("legacy.proactive.total.cumulative");
    private static readonly CellKey OnlineAnnual = CellKey.Parse("legacy.requests.online.annual");

    /// <summary>Two townships of county 350427 (沙县): the seed, and the seed renamed with 100 documents proactively disclosed.</summary>
    private static AnnualReport[] TwoTownships()
    {
        var seed = TestReports.Seed();
        return
        [
            TestReports.InDivision(seed, "350427101"),
            TestReports.With(TestReports.InDivision(seed, "350427102", "沙县凤岗街道办事处"), ("legacy.proactive.total.annual", 100L), ("legacy.proactive.total.cumulative", 900L)),
        ];
    }

    [Fact]
    public void Rollup_TwoTownshipsByCounty_WritesOneReportOfTheCountyWithTheSums()
    {
        using var folder = new TemporaryFolder();
        var input = folder.Write("towns.jsonl", TwoTownships());
        var target = folder.File("counties.jsonl");

        var run = CliRun.Of("rollup", input, "--by", "county", "--out", target);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be($"350427 2018：2 份报告（legacy），无空白输入\n已将 2 份报告汇总为 1 个辖区：{target}\n");
        using var stream = File.OpenRead(target);
        var county = GovDisclosureJson.ReadLines(stream, target).Should().ContainSingle().Subject;
        county.Agency.Name.Should().Be("350427");
        county.Agency.DivisionCode.Should().Be(new DivisionCode("350427"));
        county.Year.Should().Be(2018);
        county.Format.Should().Be(ReportFormat.Legacy);
        county[ProactiveAnnual].Value.Should().Be(208 + 100);
        county[ProactiveCumulative].Value.Should().Be(2758 + 900);
    }

    [Fact]
    public void Rollup_TwoCounties_GivesOneReportPerCountyByCodeAndOneInAll()
    {
        using var folder = new TemporaryFolder();
        var seed = TestReports.Seed();
        var input = folder.Write(
            "towns.jsonl",
            [.. TwoTownships(), TestReports.InDivision(seed, "350428100", "将乐县古镛镇人民政府")]);
        var counties = folder.File("counties.jsonl");
        var all = folder.File("all.json");

        var byCounty = CliRun.Of("rollup", input, "--by", "county", "--out", counties, "--lang", "en");
        var byAll = CliRun.Of("rollup", input, "--by", "all", "--out", all, "--lang", "en");

        byCounty.ExitCode.Should().Be(ExitCodes.Success);
        byCounty.Error.Should().Be(
            "350427 2018: 2 reports (legacy), no cell with blank inputs\n"
            + "350428 2018: 1 report (legacy), no cell with blank inputs\n"
            + $"Rolled up 3 reports into 2 jurisdictions: {counties}\n");
        using (var stream = File.OpenRead(counties))
        {
            GovDisclosureJson.ReadLines(stream, counties).Select(r => (r.Agency.Name, r[ProactiveAnnual].Value))
                .Should().Equal(("350427", 308m), ("350428", 208m));
        }

        byAll.ExitCode.Should().Be(ExitCodes.Success);
        byAll.Error.Should().Be("all 2018: 3 reports (legacy), no cell with blank inputs\n" + $"Rolled up 3 reports into 1 jurisdiction: {all}\n");
        var total = GovDisclosureJson.ReadFile(all);
        total.Agency.Name.Should().Be("all");
        total.Agency.DivisionCode.Should().BeNull();
        total[ProactiveAnnual].Value.Should().Be(208 + 100 + 208);
    }

    [Fact]
    public void Rollup_ByAll_TakesReportsWithoutDivisionCode()
    {
        var run = CliRun.Of("rollup", CliRun.SeedJson, "--by", "all", "--out", "-");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().StartWith("{\"schemaVersion\":1,\"format\":\"legacy\",\"year\":2018,\"agency\":{\"name\":\"all\"}").And.EndWith("}\n");
        run.Output.Count(c => c == '\n').Should().Be(1);
        run.Error.Should().Be("all 2018：1 份报告（legacy），无空白输入\n已将 1 份报告汇总为 1 个辖区：标准输出\n");
    }

    [Fact]
    public void Rollup_BlankInput_IsCountedInTheSummaryAndTheSumIsTheOtherFigure()
    {
        using var folder = new TemporaryFolder();
        var towns = TwoTownships();
        towns[0] = TestReports.With(towns[0], ("legacy.requests.online.annual", CellValue.Blank));
        towns[1] = TestReports.With(towns[1], ("legacy.requests.online.annual", 3L));
        var input = folder.Write("towns.jsonl", towns);

        var run = CliRun.Of("rollup", input, "--by", "county", "--out", "-", "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Error.Should().StartWith("350427 2018: 2 reports (legacy), 1 cell with blank inputs (their sums are lower bounds)\n");
        GovDisclosureJson.Deserialize(run.Output.TrimEnd('\n'))[OnlineAnnual].Value.Should().Be(3);
    }

    [Fact]
    public void Rollup_ReportWithoutDivisionCode_ExitsWith2NamingItAndWritesNothing()
    {
        using var folder = new TemporaryFolder();
        var input = folder.Write("towns.jsonl", TwoTownships());
        var target = folder.File("counties.jsonl");

        var run = CliRun.Of("rollup", input, CliRun.SeedJson, "--by", "county", "--out", target);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Be(
            $"error: Report #3 (沙县高桥镇人民政府 2018 ({CliRun.SeedJson})) has no administrative division code: it cannot be placed in a county.\n");
        File.Exists(target).Should().BeFalse();
        Directory.GetFiles(folder.Path).Should().ContainSingle();
    }

    [Fact]
    public void Rollup_DuplicateAgencyYear_ExitsWith2NamingBothAndWritesNothing()
    {
        using var folder = new TemporaryFolder();
        var towns = TwoTownships();
        var input = folder.Write("towns.jsonl", towns);
        var again = folder.Write("again.json", towns[0]);
        var target = folder.File("counties.jsonl");

        var run = CliRun.Of("rollup", input, again, "--by", "county", "--out", target);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().StartWith("error: Report #3 (沙县高桥镇人民政府 2018 (" + again + ")) and Report #1 (沙县高桥镇人民政府 2018 (" + input + ":1))")
            .And.Contain("count it twice");
        File.Exists(target).Should().BeFalse();
    }

    [Fact]
    public void Rollup_UnreadableLine_ExitsWith2NamingTheLineAndLeavesTheOutputAsItWas()
    {
        using var folder = new TemporaryFolder();
        var input = folder.Write("towns.jsonl", TwoTownships());
        File.AppendAllText(input, "{\"schemaVersion\":1,\n");
        var target = folder.File("counties.jsonl");
        File.WriteAllText(target, "previous");

        var run = CliRun.Of("rollup", input, "--by", "county", "--out", target);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().StartWith($"error: {input}:3:");
        run.Error.Count(c => c == '\n').Should().Be(1, "the error is one line");
        File.ReadAllText(target).Should().Be("previous");
        Directory.GetFiles(folder.Path).Should().HaveCount(2, "no temporary file is left behind");
    }

    [Fact]
    public void Rollup_MissingInputFile_ExitsWith2AndWritesNothing()
    {
        using var folder = new TemporaryFolder();
        var input = folder.Write("towns.jsonl", TwoTownships());
        var missing = folder.File("missing.json");
        var target = folder.File("counties.jsonl");

        var run = CliRun.Of("rollup", input, missing, "--by", "county", "--out", target);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Be($"error: {missing}: file or folder not found.\n");
        File.Exists(target).Should().BeFalse();
    }

    [Fact]
    public void Rollup_MixedFormatsInOneJurisdiction_ExitsWith2NamingItAndWritesNothing()
    {
        using var folder = new TemporaryFolder();
        var national = new AnnualReportBuilder(ReportFormat.National2019, 2018, new Agency("沙县某局") { DivisionCode = new DivisionCode("350427") }).Build();
        var input = folder.Write("mixed.jsonl", [.. TwoTownships(), national]);
        var target = folder.File("counties.jsonl");

        var run = CliRun.Of("rollup", input, "--by", "county", "--out", target);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Be(
            "error: jurisdiction 350427 2018 mixes formats (legacy, national2019) in its 3 reports: their cells do not add up, so there is no report to write. "
            + "Roll up the reports of each format separately; nothing was written.\n");
        File.Exists(target).Should().BeFalse();
    }

    [Fact]
    public void Rollup_MixedYears_ExitsWith2()
    {
        using var folder = new TemporaryFolder();
        var seed = TestReports.InDivision(TestReports.Seed(), "350427101");
        var input = folder.Write("years.jsonl", TestReports.YearBefore(seed), seed);

        var run = CliRun.Of("rollup", input, "--by", "county", "--out", "-");

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("is on 2018, but").And.Contain("is on 2017: a roll-up adds up the reports of one year.");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Rollup_SeveralJurisdictionsToJson_ExitsWith2AndWritesNothing()
    {
        using var folder = new TemporaryFolder();
        var seed = TestReports.Seed();
        var input = folder.Write("towns.jsonl", TestReports.InDivision(seed, "350427101"), TestReports.InDivision(seed, "350428100"));
        var target = folder.File("county.json");

        var run = CliRun.Of("rollup", input, "--by", "county", "--out", target);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("gives 2 jurisdictions; a .json file holds exactly one");
        File.Exists(target).Should().BeFalse();
    }

    [Fact]
    public void Rollup_OutputFolderMissing_ExitsWith74BeforeReading()
    {
        using var folder = new TemporaryFolder();
        var target = Path.Combine(folder.Path, "missing", "out.jsonl");

        var run = CliRun.Of("rollup", folder.File("not-read.json"), "--by", "all", "--out", target);

        run.ExitCode.Should().Be(ExitCodes.OutputError);
        run.Error.Should().Be($"error: could not write {target}: the folder {Path.GetDirectoryName(target)} does not exist.\n");
    }

    [Theory]
    [InlineData("--out", "x.jsonl")]
    [InlineData("--by", "county")]
    [InlineData("--by", "town", "--out", "x.jsonl")]
    [InlineData("--by", "county", "--out", "x.xlsx")]
    [InlineData("--by", "county", "--out", "x.jsonl", "--format", "json")]
    public void Rollup_WrongUsage_ExitsWith64(params string[] options)
    {
        var run = CliRun.Of(["rollup", CliRun.SeedJson, .. options]);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().StartWith("error: ").And.EndWith("\n");
        run.Error.Count(c => c == '\n').Should().Be(1);
    }

    [Fact]
    public void Rollup_OutputIsAnInput_ExitsWith64()
    {
        var run = CliRun.Of("rollup", CliRun.SeedJson, "--by", "all", "--out", CliRun.SeedJson);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("is also an input");
    }

    [Fact]
    public void Rollup_OutputInsideAnInputFolder_ExitsWith64()
    {
        using var folder = new TemporaryFolder();
        folder.Write("towns.jsonl", TwoTownships());
        var target = folder.File("counties.jsonl");

        var run = CliRun.Of("rollup", folder.Path, "--by", "county", "--out", target);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Be($"error: --out '{target}' is inside the input folder {folder.Path}: the next roll-up of that folder would add it up again; write it elsewhere.\n");
        File.Exists(target).Should().BeFalse();
    }
}
