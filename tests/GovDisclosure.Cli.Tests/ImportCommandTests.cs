using FluentAssertions;
using GovDisclosure.Serialization.Json;

namespace GovDisclosure.Cli.Tests;

public sealed class ImportCommandTests
{
    private static string Sample(string id) => Path.GetFullPath(Path.Combine(CliRun.RepositoryRoot, "..", "shared", "samples", "reports", id + ".txt"));

    [Fact]
    public void Import_OneFile_WritesOneReportAndDiagnosticsOnStandardError()
    {
        var run = CliRun.Of("import", Sample("000-gaoqiao-township-2018"));

        run.ExitCode.Should().Be(0, run.Error);
        var report = GovDisclosureJson.Deserialize(run.Output);
        report.Agency.Name.Should().Be("沙县高桥镇人民政府");
        report["legacy.proactive.total.cumulative"].Value.Should().Be(2758);
        report.Breakdowns.ProactiveByCategory.Should().HaveCount(6);
        run.Error.Should().Contain("warning RelationFails [legacy]: legacy.categorySum").And.Contain("000-gaoqiao-township-2018.txt");
    }

    [Fact]
    public void Import_SeveralFiles_WritesJsonLines()
    {
        var run = CliRun.Of("import", Sample("007-huaian-city-2024"), Sample("006-pingtan-zone-2019"));

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        GovDisclosureJson.Deserialize(lines[0])["requests.resultsTotal.total"].Value.Should().Be(3050);
        GovDisclosureJson.Deserialize(lines[1])["proactive.licensing.decisions"].IsBlank.Should().BeTrue();
        run.Error.Should().Contain("warning AmbiguousRow [proactive]").And.Contain("396 / 0 / 181");
    }

    [Fact]
    public void Import_WithOut_WritesTheFile()
    {
        using var folder = new TemporaryFolder();
        var target = folder.File("report.json");

        var run = CliRun.Of("import", Sample("010-pingtan-zone-2024"), "--out", target);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().BeEmpty();
        GovDisclosureJson.ReadFile(target)["reviews.litigationAfterReconsideration.total"].Value.Should().Be(19);
    }

    [Fact]
    public void Import_HtmlPage_IsReadByItsExtension()
    {
        using var folder = new TemporaryFolder();
        var page = folder.File("page.htm");
        File.WriteAllText(page, "<html><head><meta charset=\"utf-8\"></head><body><p>某县人民政府2023年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p>"
            + "<table><tr><td>（七）总计</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr></table></body></html>");

        var run = CliRun.Of("import", page);

        run.ExitCode.Should().Be(0, run.Error);
        GovDisclosureJson.Deserialize(run.Output)["requests.resultsTotal.total"].Value.Should().Be(3);
    }

    [Fact]
    public void Import_FileWithoutReport_ExitsWith2AndWritesNothing()
    {
        using var folder = new TemporaryFolder();
        var text = folder.File("notes.txt");
        File.WriteAllText(text, "会议纪要\n今天开会。");
        var target = folder.File("out.jsonl");

        var run = CliRun.Of("import", Sample("000-gaoqiao-township-2018"), text, "--out", target);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("error YearNotFound").And.Contain("1 of 2 file(s) gave no report");
        File.Exists(target).Should().BeFalse();
    }

    [Fact]
    public void Import_UnknownExtension_IsWrongUsage()
    {
        var run = CliRun.Of("import", "report.pdf");

        run.ExitCode.Should().Be(64);
        run.Error.Should().Contain("unknown extension '.pdf'");
    }

    [Fact]
    public void Import_OutExtensionNotMatchingTheCount_IsWrongUsage()
    {
        var run = CliRun.Of("import", Sample("000-gaoqiao-township-2018"), Sample("001-pingtan-county-2011"), "--out", "both.json");

        run.ExitCode.Should().Be(64);
        run.Error.Should().Contain(".jsonl");
    }

    [Fact]
    public void Import_MissingFile_ExitsWith2()
    {
        var run = CliRun.Of("import", "no-such-report.txt");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("no-such-report.txt").And.Contain("file not found");
    }

    [Fact]
    public void Import_YearAndAgencyOptions_AreUsed()
    {
        using var folder = new TemporaryFolder();
        var text = folder.File("table.md");
        File.WriteAllText(text, "## 三、收到和处理政府信息公开申请情况\n\n| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| （七）总计 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n");

        var run = CliRun.Of("import", text, "--year", "2022", "--agency", "某局");

        run.ExitCode.Should().Be(0, run.Error);
        var report = GovDisclosureJson.Deserialize(run.Output);
        report.Year.Should().Be(2022);
        report.Agency.Name.Should().Be("某局");
    }
}
