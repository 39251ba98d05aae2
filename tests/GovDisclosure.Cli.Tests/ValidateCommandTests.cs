using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;

namespace GovDisclosure.Cli.Tests;

public sealed class ValidateCommandTests
{
    private const string SeedRow = "沙县高桥镇人民政府 2018         GD0301  ";
    private const string CategorySumZh = "正文所列各类别主动公开数之和为 198，而统计表主动公开总数为 208（差 -10）。";
    private const string CategorySumEn = "The categories stated in the text add up to 198, but the table's proactive total is 208 (difference -10).";

    [Fact]
    public void Validate_SeedReport_PrintsTheCategorySumWarningAndExits0()
    {
        var run = CliRun.Of("validate", CliRun.SeedJson);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Error.Should().BeEmpty();
        run.Output.Should().Be(
            "报告                            代码    级别            内容 [单元格]\n"
            + SeedRow + "警告            " + CategorySumZh + " [legacy.proactive.total.annual]\n"
            + "\n"
            + "已核对 1 份报告：错误 0，警告 1，提示 0，已说明 0。\n"
            + "按代码：\n"
            + "  GD0301  警告  1  正文所列各类别主动公开数之和 = 统计表主动公开总数\n");
    }

    [Fact]
    public void Validate_SeedReportLangEn_PrintsEnglishLabelsAndMessages()
    {
        var run = CliRun.Of("validate", CliRun.SeedJson, "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Be(
            "report                          code    severity             message [cells]\n"
            + SeedRow + "warning              " + CategorySumEn + " [legacy.proactive.total.annual]\n"
            + "\n"
            + "Validated 1 report: 0 errors, 1 warning, 0 info, 0 explained.\n"
            + "By code:\n"
            + "  GD0301  warning  1  The categories stated in the text add up to the table's proactive total\n");
    }

    [Fact]
    public void Validate_SeedReportAsJson_WritesOneArrayOfFindingsWithEveryFieldAndTheSummaryOnStandardError()
    {
        var run = CliRun.Of("validate", CliRun.SeedJson, "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Error.Should().Be("已核对 1 份报告：错误 0，警告 1，提示 0，已说明 0。\n");
        using var document = JsonDocument.Parse(run.Output);
        var finding = document.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        var report = finding.GetProperty("report");
        report.GetProperty("agency").GetString().Should().Be("沙县高桥镇人民政府");
        report.GetProperty("year").GetInt32().Should().Be(2018);
        report.GetProperty("format").GetString().Should().Be("legacy");
        report.GetProperty("source").GetString().Should().Be(CliRun.SeedJson);
        report.TryGetProperty("creditCode", out _).Should().BeFalse();
        finding.GetProperty("location").ValueKind.Should().Be(JsonValueKind.Null);
        finding.GetProperty("code").GetString().Should().Be("GD0301");
        finding.GetProperty("severity").GetString().Should().Be("warning");
        finding.GetProperty("cells").EnumerateArray().Select(c => c.GetString()).Should().Equal("legacy.proactive.total.annual");
        finding.GetProperty("relation").GetString().Should().Be("legacy.categorySum");
        finding.GetProperty("expected").GetDecimal().Should().Be(208);
        finding.GetProperty("actual").GetDecimal().Should().Be(198);
        finding.GetProperty("explained").GetBoolean().Should().BeFalse();
        finding.GetProperty("reason").ValueKind.Should().Be(JsonValueKind.Null);
        finding.GetProperty("message").GetString().Should().Be(CategorySumZh);
    }

    [Fact]
    public void Validate_JsonLangEn_WritesEnglishMessagesAndKeepsTheKeys()
    {
        var run = CliRun.Of("validate", CliRun.SeedJson, "--format", "json", "--lang", "en");

        using var document = JsonDocument.Parse(run.Output);
        var finding = document.RootElement[0];
        finding.GetProperty("message").GetString().Should().Be(CategorySumEn);
        finding.GetProperty("severity").GetString().Should().Be("warning");
        run.Error.Should().Be("Validated 1 report: 0 errors, 1 warning, 0 info, 0 explained.\n");
    }

    [Fact]
    public void Validate_JsonLinesWithABrokenLineAndABrokenRelation_Exits2AndStillValidatesTheOtherReports()
    {
        using var folder = new TemporaryFolder();
        var path = BrokenBatch(folder);

        var run = CliRun.Of("validate", path);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        var rows = run.Output.Split('\n');
        rows.Should().Contain(r => r.StartsWith($"{path}:2:", StringComparison.Ordinal) && r.Contains("GD0901  错误", StringComparison.Ordinal))
            .And.Contain(r => r.StartsWith("沙县高桥镇人民政府 2018", StringComparison.Ordinal) && r.Contains("GD0213  错误", StringComparison.Ordinal)
                && r.EndsWith("[legacy.proactive.website.annual, legacy.proactive.total.annual]", StringComparison.Ordinal));
        rows.Count(r => r.StartsWith(SeedRow, StringComparison.Ordinal)).Should().Be(2);
        run.Output.Should().Contain("\n不完整：1 个输入无法读取，结果未覆盖整批报告。\n已核对 2 份报告：错误 2，警告 2，提示 0，已说明 0。有错误的报告 1 份。\n");
        run.Error.Should().StartWith($"error: 1 input could not be read (the first: {path}:2:")
            .And.EndWith("); the results do not cover the whole batch.\n");
        run.Error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void Validate_JsonLinesWithABrokenLineAsJson_GivesTheReadErrorWithItsLocationAndTheOtherFindings()
    {
        using var folder = new TemporaryFolder();
        var path = BrokenBatch(folder);

        var run = CliRun.Of("validate", path, "--format", "json", "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.InputError);
        using var document = JsonDocument.Parse(run.Output);
        var findings = document.RootElement.EnumerateArray().ToList();
        findings.Select(f => f.GetProperty("code").GetString()).Should().Equal("GD0301", "GD0901", "GD0213", "GD0301");
        var unreadable = findings[1];
        unreadable.GetProperty("report").ValueKind.Should().Be(JsonValueKind.Null);
        unreadable.GetProperty("severity").GetString().Should().Be("error");
        var location = unreadable.GetProperty("location");
        location.GetProperty("source").GetString().Should().Be(path);
        location.GetProperty("line").GetInt64().Should().Be(2);
        location.GetProperty("column").GetInt64().Should().BePositive();
        unreadable.GetProperty("message").GetString().Should().StartWith($"The report could not be read: {path}:2:");
        var relation = findings[2];
        relation.GetProperty("report").GetProperty("line").GetInt64().Should().Be(3);
        relation.GetProperty("relation").GetString().Should().Be("legacy.partOf.proactive.website.annual");
        relation.GetProperty("expected").GetDecimal().Should().Be(208);
        relation.GetProperty("actual").GetDecimal().Should().Be(300);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("INCOMPLETE: 1 input could not be read; the results do not cover the whole batch. Validated 2 reports: 2 errors, 2 warnings");
        lines[1].Should().StartWith("error: 1 input could not be read");
    }

    [Fact]
    public void Validate_ReportWithAnError_Exits1()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("broken.json");
        var seed = Seed();
        seed["tables"]!["legacy"]!["indicators"]!["proactive.website"]!["annual"] = 300;
        File.WriteAllText(path, seed.ToJsonString());

        var run = CliRun.Of("validate", path);

        run.ExitCode.Should().Be(ExitCodes.ValidationErrors);
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain("GD0213  错误").And.Contain("有错误的报告 1 份。");
    }

    [Fact]
    public void Validate_FolderWithATextFile_ValidatesTheReportsAndListsTheTextFileAsIgnored()
    {
        using var folder = new TemporaryFolder();
        File.Copy(CliRun.SeedJson, folder.File("gaoqiao-2018.json"));
        var notes = folder.File("notes.txt");
        File.WriteAllText(notes, "not a report");

        var text = CliRun.Of("validate", folder.Path);
        var json = CliRun.Of("validate", folder.Path, "--format", "json", "--lang", "en");

        text.ExitCode.Should().Be(ExitCodes.Success);
        text.Output.Should().Contain("已核对 1 份报告").And.EndWith("已忽略文件夹中 1 个非报告文件：\n  " + notes + "\n");
        json.ExitCode.Should().Be(ExitCodes.Success);
        json.Error.Should().EndWith($" Ignored 1 file in the folders that are not report files: {notes}.\n");
    }

    [Fact]
    public void Validate_HistoryOverTwoYearsWithABrokenCumulativeFigure_FindsGD0403()
    {
        using var folder = new TemporaryFolder();
        File.Copy(CliRun.SeedJson, folder.File("gaoqiao-2018.json"));
        var previous = Seed();
        previous["year"] = 2017;
        previous["publishedOn"] = "2018-01-22";
        var indicators = previous["tables"]!["legacy"]!["indicators"]!;
        indicators["proactive.website"]!["cumulative"] = 2624 - 200;

        // proactive.total keeps 2758: 2758 + 208 in 2018 is not the 2758 the 2018 report prints.
        File.WriteAllText(folder.File("gaoqiao-2017.jsonl"), previous.ToJsonString() + "\n");

        var without = CliRun.Of("validate", folder.Path);
        var with = CliRun.Of("validate", folder.Path, "--history");

        without.ExitCode.Should().Be(ExitCodes.Success);
        without.Output.Should().NotContain("GD0403");
        with.ExitCode.Should().Be(ExitCodes.Success);
        with.Output.Split('\n').Should().ContainSingle(r => r.Contains("GD0403", StringComparison.Ordinal) && !r.StartsWith(' '))
            .Which.Should().StartWith("沙县高桥镇人民政府 2018         GD0403  警告")
            .And.Contain("历年累计为 2758，而 2017 年度历年累计 + 本年度 = 2966（差 -208）")
            .And.EndWith("[legacy.proactive.total.cumulative, legacy.proactive.total.annual]");
        with.Output.Should().Contain("已核对 2 份报告（1 个单位，含跨年度核对）：错误 0，警告 3，");
    }

    [Fact]
    public void Validate_InfoFindings_AreCountedButListedOnlyInJsonOrWithMinSeverityInfo()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("blank.json");
        var seed = Seed();
        seed["tables"]!["legacy"]!["indicators"]!["requests.online"]!["annual"] = null;
        File.WriteAllText(path, seed.ToJsonString());

        var text = CliRun.Of("validate", path);
        var all = CliRun.Of("validate", path, "--min-severity", "info");
        var json = CliRun.Of("validate", path, "--format", "json");
        var errorsOnly = CliRun.Of("validate", path, "--min-severity", "error");

        text.ExitCode.Should().Be(ExitCodes.Success);
        text.Output.Should().Contain("提示 3").And.Contain("另有 3 条低于“警告”级别的结果未列出（--min-severity info 可全部列出）。")
            .And.Contain("  GD0001  提示  3  关系无法核对：所需单元格为空白\n");
        text.Output.Split('\n').Should().NotContain(r => r.Contains("GD0001  提示  ", StringComparison.Ordinal) && !r.StartsWith(' '));
        all.Output.Split('\n').Should().Contain(r => r.Contains("GD0001  提示  ", StringComparison.Ordinal) && !r.StartsWith(' '));
        using var document = JsonDocument.Parse(json.Output);
        document.RootElement.EnumerateArray().Select(f => f.GetProperty("severity").GetString()).Should().Contain("info");
        errorsOnly.Output.Should().NotContain(SeedRow).And.Contain("另有 4 条低于“错误”级别的结果未列出");
    }

    [Fact]
    public void Validate_ExplainedFinding_IsListedWithTheReasonButNotCounted()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("explained.json");
        var seed = Seed();
        seed["suppressions"] = new JsonArray(new JsonObject { ["code"] = "GD0301", ["reason"] = "正文只列出了部分类别。" });
        File.WriteAllText(path, seed.ToJsonString());

        var text = CliRun.Of("validate", path);
        var json = CliRun.Of("validate", path, "--format", "json");

        text.ExitCode.Should().Be(ExitCodes.Success);
        text.Output.Should().Contain(SeedRow + "警告（已说明）  " + CategorySumZh + "理由：正文只列出了部分类别。 [legacy.proactive.total.annual]\n")
            .And.Contain("错误 0，警告 0，提示 0，已说明 1。")
            .And.Contain("  GD0301  警告  0  正文所列各类别主动公开数之和 = 统计表主动公开总数（另有 1 条已说明）\n");
        using var document = JsonDocument.Parse(json.Output);
        var finding = document.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        finding.GetProperty("explained").GetBoolean().Should().BeTrue();
        finding.GetProperty("reason").GetString().Should().Be("正文只列出了部分类别。");
    }

    [Fact]
    public void Validate_MissingFile_Exits2NamingTheFileAndValidatesTheOtherInputs()
    {
        var run = CliRun.Of("validate", "no-such-report.json", CliRun.SeedJson);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Output.Should().StartWith("报告").And.Contain("\nno-such-report.json             GD0901  错误            无法读取报告：no-such-report.json：file or folder not found.\n")
            .And.Contain(SeedRow);
        run.Error.Should().Be("error: 1 input could not be read (the first: no-such-report.json); the results do not cover the whole batch.\n");
    }

    [Fact]
    public void Validate_CsvFile_IsReportedAsAnInputThatCannotBeRead()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("reports.csv");
        File.WriteAllText(path, "agency,year\n");

        var run = CliRun.Of("validate", path);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Output.Should().Contain("GD0901").And.Contain("reports.csv");
    }

    [Fact]
    public void Validate_StandardInput_ReadsJsonLinesNamedDash()
    {
        var line = Seed().ToJsonString();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(line + "\n" + line + "\n"));
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        var code = CliApp.Run(["validate", "-", "--format", "json"], output, error, () => input, errorIsTerminal: false);

        code.Should().Be(ExitCodes.Success);
        using var document = JsonDocument.Parse(output.ToString());
        document.RootElement.EnumerateArray().Select(f => (f.GetProperty("report").GetProperty("source").GetString(), f.GetProperty("report").GetProperty("line").GetInt64()))
            .Should().Equal(("-", 1L), ("-", 2L));
    }

    [Fact]
    public void Validate_StandardErrorIsATerminal_LeavesStandardOutputAsItIs()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        var code = CliApp.Run(["validate", CliRun.SeedJson], output, error, () => Stream.Null, errorIsTerminal: true);

        code.Should().Be(ExitCodes.Success);
        output.ToString().Should().Be(CliRun.Of("validate", CliRun.SeedJson).Output);

        // A slow machine may show progress; if it does, the line is erased at the end and nothing stays on the terminal.
        error.ToString().Should().NotContain("\n");
        error.ToString().Split('\r')[^1].Should().BeEmpty();
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "x.json", "--format", "xml")]
    [InlineData("validate", "x.json", "--lang", "fr")]
    [InlineData("validate", "x.json", "--min-severity", "fatal")]
    [InlineData("validate", "x.json", "--frobnicate")]
    public void Validate_WrongUsage_ExitsWith64WithOneErrorLine(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith("error: ").And.EndWith("(see 'govdisclosure --help')\n");
        run.Error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void Validate_UnknownOption_IsNotTakenForAPath()
    {
        var run = CliRun.Of("validate", CliRun.SeedJson, "--histroy");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().StartWith("error: Unrecognized option '--histroy'");
    }

    [Fact]
    public void Validate_StandardInputTwice_ExitsWith64()
    {
        var run = CliRun.Of("validate", "-", "-");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Be("error: '-' (standard input) can be given only once. (see 'govdisclosure --help')\n");
    }

    [Fact]
    public void Validate_StandardOutputFails_ExitsWith74WithOneLine()
    {
        using var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        var code = CliApp.Run(["validate", CliRun.SeedJson, "--format", "json"], new FailingWriter(), error);

        code.Should().Be(ExitCodes.OutputError);
        error.ToString().Should().Be("error: could not write standard output: Broken pipe\n");
    }

    private static JsonObject Seed() => JsonNode.Parse(File.ReadAllText(CliRun.SeedJson))!.AsObject();

    /// <summary>A JSON Lines file: the seed, a line that is not JSON, and the seed with a website figure above the total it is part of.</summary>
    private static string BrokenBatch(TemporaryFolder folder)
    {
        var path = folder.File("batch.jsonl");
        var broken = Seed();
        broken["tables"]!["legacy"]!["indicators"]!["proactive.website"]!["annual"] = 300;
        File.WriteAllText(path, Seed().ToJsonString() + "\n{\"schemaVersion\":1,\"format\":\n" + broken.ToJsonString() + "\n");
        return path;
    }

    private sealed class FailingWriter : StringWriter
    {
        public FailingWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override void Write(string? value) => throw new IOException("Broken pipe");

        public override void Write(char value) => throw new IOException("Broken pipe");
    }
}
