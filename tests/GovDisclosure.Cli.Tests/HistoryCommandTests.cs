using System.Text;
using System.Text.Json;
using FluentAssertions;

namespace GovDisclosure.Cli.Tests;

public sealed class HistoryCommandTests
{
    /// <summary>The seed (2018) and its 2017 report in a folder: 2017 with 160 documents proactively disclosed, cumulative 2550.</summary>
    private static string TwoYears(TemporaryFolder folder, Func<AnnualReport, AnnualReport>? change2017 = null)
    {
        var seed = TestReports.Seed();
        var before = TestReports.With(TestReports.YearBefore(seed), ("legacy.proactive.total.annual", 160L));
        folder.Write("gaoqiao-2017.json", change2017?.Invoke(before) ?? before);
        folder.Write("gaoqiao-2018.json", seed);
        return folder.Path;
    }

    [Fact]
    public void History_TwoLegacyYears_PrintsTheTableWithChangeAndGrowthAndTheCumulativeCheck()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("history", TwoYears(folder));

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Error.Should().BeEmpty();
        var lines = run.Output.Split('\n');
        lines[0].Should().Be("沙县高桥镇人民政府（name:沙县高桥镇人民政府）2017–2018 年");
        lines[1].Should().Be("指标                  2017    2018");
        lines[2].Should().Be("格式                legacy  legacy");
        lines[3].Should().Be("主动公开政府信息数     160     208");
        lines[4].Should().Be("  增减                   —     +48");
        lines[5].Should().Be("  增长率                 —  +30.0%");
        lines[6].Should().Be("收到申请数               0       0");
        lines[7].Should().Be("  增减                   —       0");
        lines[8].Should().Be("  增长率                 —       —", "growth from 0 cannot be computed");
        run.Output.Should().NotContain("上年结转申请数", "the legacy format cannot give it")
            .And.Contain("\n历年累计核对（legacy 报告，2017–2018 年）：印刷的累计数均与自首年推算的一致。\n")
            .And.EndWith("\n\n—：不适用或无法计算（无上一年报告、该年格式无此指标、或自 0 起的增长率）；空白：报告所需单元格未填。增长率 = 增减 / 上年数。\n");
    }

    [Fact]
    public void History_MisprintedCumulative_ListsTheDifferenceInEnglish()
    {
        using var folder = new TemporaryFolder();
        var path = TwoYears(folder, r => TestReports.With(r, ("legacy.proactive.total.cumulative", 2551L)));

        var run = CliRun.Of("history", path, "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().StartWith("沙县高桥镇人民政府 (name:沙县高桥镇人民政府) 2017–2018\nindicator                            2017    2018\n")
            .And.Contain("\nInformation proactively disclosed     160     208\n  change                                —     +48\n  growth                                —  +30.0%\n")
            .And.Contain(
                "\nCumulative totals (历年累计) of the legacy reports 2017–2018: 1 printed cumulative differs from the computed:\n"
                + "  2018  Information proactively disclosed (proactive.total): printed 2758, computed 2759, difference -1\n");
    }

    [Fact]
    public void History_MissingYear_IsNamedAndBreaksTheCumulativeChain()
    {
        using var folder = new TemporaryFolder();
        var seed = TestReports.Seed();
        folder.Write("2016.json", TestReports.YearBefore(TestReports.YearBefore(seed)));
        folder.Write("2018.json", seed);

        var run = CliRun.Of("history", folder.Path);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().StartWith("沙县高桥镇人民政府（name:沙县高桥镇人民政府）2016–2018 年，缺少 2017 年的报告\n")
            .And.Contain("\n  增减                   —       —\n", "no change is computed across a missing year")
            .And.Contain(
                "\n历年累计核对（legacy 报告，2016–2018 年）：链条中断 15 处：\n"
                + "  2018  15 行（proactive.total、proactive.website、proactive.gazette 等）：链条中断，缺少上一年的报告；自印刷的累计数重新起算\n",
                "a break of every row in one year takes one line");
    }

    [Fact]
    public void History_Csv_WritesTheSeriesRowsWithABomAndGrowthAsADecimal()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("history", TwoYears(folder), "--format", "csv");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().StartWith("\uFEFFagencyName,creditCode,divisionCode,agencyKey,year,format,indicator,value,previousYear,previous,change,growthRate\r\n");
        var lines = run.Output.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Contain("沙县高桥镇人民政府,,,name:沙县高桥镇人民政府,2017,legacy,proactivelyDisclosed,160,,,,")
            .And.Contain("沙县高桥镇人民政府,,,name:沙县高桥镇人民政府,2018,legacy,proactivelyDisclosed,208,2017,160,48,0.3")
            .And.Contain("沙县高桥镇人民政府,,,name:沙县高桥镇人民政府,2018,legacy,requestsReceived,0,2017,0,0,");
        lines.Should().HaveCount(1 + (2 * 12), "one row per year and indicator the legacy format gives");
        run.Output.Should().NotContain("历年累计");
    }

    [Fact]
    public void History_Csv_NeutralisesFormulasInTextButNotNegativeNumbers()
    {
        using var folder = new TemporaryFolder();
        var seed = TestReports.Seed();
        var builder = seed.ToBuilder();
        builder.Agency = builder.Agency with { Name = "=HYPERLINK(\"http://example.com\")" };
        var renamed = builder.Build();
        folder.Write("2017.json", TestReports.YearBefore(renamed));
        folder.Write("2018.json", TestReports.With(renamed, ("legacy.proactive.total.annual", 100L)));

        var run = CliRun.Of("history", folder.Path, "--format", "csv");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("\r\n\"'=HYPERLINK(\"\"http://example.com\"\")\",,,")
            .And.Contain(",2018,legacy,proactivelyDisclosed,100,2017,208,-108,-0.51923076923076923076923076")
            .And.NotContain("\r\n=");
    }

    [Fact]
    public void History_Json_WritesAnArrayOfAgenciesWithSeriesAndTheCumulativeCheck()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.Of("history", TwoYears(folder), "--format", "json", "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.Success);
        using var document = JsonDocument.Parse(run.Output);
        var agency = document.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        agency.GetProperty("agency").GetString().Should().Be("沙县高桥镇人民政府");
        agency.GetProperty("key").GetString().Should().Be("name:沙县高桥镇人民政府");
        agency.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()).Should().Equal(2017, 2018);
        agency.GetProperty("missingYears").GetArrayLength().Should().Be(0);
        var series = agency.GetProperty("series").EnumerateArray().ToList();
        series.Select(s => s.GetProperty("indicator").GetString()).Should().NotContain("requestsCarriedOver").And.HaveCount(12);
        var proactive = series[0];
        proactive.GetProperty("indicator").GetString().Should().Be("proactivelyDisclosed");
        proactive.GetProperty("label").GetString().Should().Be("Information proactively disclosed");
        var points = proactive.GetProperty("points").EnumerateArray().ToList();
        points[0].GetProperty("value").GetInt32().Should().Be(160);
        points[0].GetProperty("previousYear").ValueKind.Should().Be(JsonValueKind.Null);
        points[0].GetProperty("change").ValueKind.Should().Be(JsonValueKind.Null);
        points[1].GetProperty("previous").GetInt32().Should().Be(160);
        points[1].GetProperty("change").GetInt32().Should().Be(48);
        points[1].GetProperty("growthRate").GetDecimal().Should().Be(0.3m);
        var cumulative = agency.GetProperty("cumulative");
        cumulative.GetProperty("consistent").GetBoolean().Should().BeTrue();
        cumulative.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).Should().Equal(2017, 2018);
        cumulative.GetProperty("differences").GetArrayLength().Should().Be(0);
        cumulative.GetProperty("breaks").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void History_Json_ListsCumulativeDifferences()
    {
        using var folder = new TemporaryFolder();
        var path = TwoYears(folder, r => TestReports.With(r, ("legacy.proactive.total.cumulative", 2551L)));

        var run = CliRun.Of("history", path, "--format", "json");

        using var document = JsonDocument.Parse(run.Output);
        var cumulative = document.RootElement[0].GetProperty("cumulative");
        cumulative.GetProperty("consistent").GetBoolean().Should().BeFalse();
        var difference = cumulative.GetProperty("differences").EnumerateArray().Should().ContainSingle().Subject;
        difference.GetProperty("year").GetInt32().Should().Be(2018);
        difference.GetProperty("row").GetString().Should().Be("proactive.total");
        difference.GetProperty("cell").GetString().Should().Be("legacy.proactive.total.cumulative");
        difference.GetProperty("printed").GetInt32().Should().Be(2758);
        difference.GetProperty("computed").GetInt32().Should().Be(2759);
        difference.GetProperty("difference").GetInt32().Should().Be(-1);
    }

    [Theory]
    [InlineData("沙县高桥镇人民政府")]
    [InlineData(" 沙县 高桥镇人民政府 ")]
    [InlineData("350427101")]
    [InlineData("name:沙县高桥镇人民政府")]
    public void History_Agency_SelectsOneAgencyByNameOrCode(string query)
    {
        using var folder = new TemporaryFolder();
        TwoYears(folder);
        var builder = TestReports.Seed().ToBuilder();
        builder.Agency = new Agency("沙县凤岗街道办事处") { DivisionCode = new DivisionCode("350427102") };
        folder.Write("fenggang-2018.json", builder.Build());
        if (query == "350427101")
        {
            // Give the seed's agency its division code in both years: it is then recognised by division code and name.
            foreach (var file in new[] { "gaoqiao-2017.json", "gaoqiao-2018.json" })
            {
                var path = folder.File(file);
                folder.Write(file, TestReports.InDivision(Serialization.Json.GovDisclosureJson.ReadFile(path), "350427101"));
            }
        }

        var all = CliRun.Of("history", folder.Path, "--format", "csv");
        var one = CliRun.Of("history", folder.Path, "--format", "csv", "--agency", query);

        all.Output.Should().Contain("沙县凤岗街道办事处");
        one.ExitCode.Should().Be(ExitCodes.Success);
        one.Error.Should().BeEmpty();
        one.Output.Should().Contain("沙县高桥镇人民政府").And.NotContain("沙县凤岗街道办事处");
    }

    [Fact]
    public void History_AgencyMatchesNone_Exits0WithAMessageAndNoRows()
    {
        using var folder = new TemporaryFolder();

        var text = CliRun.Of("history", TwoYears(folder), "--agency", "沙县某局");
        var csv = CliRun.Of("history", folder.Path, "--agency", "沙县某局", "--format", "csv", "--lang", "en");
        var json = CliRun.Of("history", folder.Path, "--agency", "沙县某局", "--format", "json");

        text.ExitCode.Should().Be(ExitCodes.Success);
        text.Output.Should().BeEmpty();
        text.Error.Should().Be("没有与“沙县某局”相符的单位（共读取 1 个单位）：请给出报告所载的统一社会信用代码、行政区划代码或名称。\n");
        csv.ExitCode.Should().Be(ExitCodes.Success);
        csv.Output.Should().Be("\uFEFFagencyName,creditCode,divisionCode,agencyKey,year,format,indicator,value,previousYear,previous,change,growthRate\r\n");
        csv.Error.Should().Be("No agency matches '沙县某局' (1 agencies read): give its credit code, division code or name as a report prints it.\n");
        json.Output.Should().Be("[]\n");
    }

    [Fact]
    public void History_DuplicateAgencyYear_ExitsWith2AndWritesNothing()
    {
        using var folder = new TemporaryFolder();
        TwoYears(folder);
        folder.Write("copy.json", TestReports.Seed());

        var run = CliRun.Of("history", folder.Path);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("error: Two reports of agency name:沙县高桥镇人民政府 on 2018: ").And.EndWith("remove one of them.\n");
    }

    [Fact]
    public void History_UnreadableInput_ExitsWith2NamingTheFileAndWritesNothing()
    {
        using var folder = new TemporaryFolder();
        TwoYears(folder);
        var bad = folder.File("bad.json");
        File.WriteAllText(bad, "{\"schemaVersion\":1,", Encoding.UTF8);

        var run = CliRun.Of("history", folder.Path, "--format", "csv");

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith($"error: {bad}:");
        run.Error.Count(c => c == '\n').Should().Be(1);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--lang", "fr")]
    [InlineData("--agency", " ")]
    [InlineData("--by", "county")]
    public void History_WrongUsage_ExitsWith64(params string[] options)
    {
        var run = CliRun.Of(["history", CliRun.SeedJson, .. options]);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().StartWith("error: ");
        run.Error.Count(c => c == '\n').Should().Be(1);
    }
}
