using FluentAssertions;

namespace GovDisclosure.Cli.Tests;

public sealed class RenderCommandTests
{
    [Fact]
    public void Render_SeedReport_PrintsTheStatisticalTableWithBothPeriodColumns()
    {
        var run = CliRun.Of("render", CliRun.SeedJson);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain("| 指标 | 本年度 | 历年累计 |")
            .And.Contain("| 主动公开文件数 | 208 | 2758 |")
            .And.Contain("| 其中：政府网站公开数 | 200 | 2624 |")
            .And.Contain("| 行政诉讼数 | 0 | 0 |");
    }

    [Fact]
    public void Render_SeedReport_PrintsTheFiguresStatedInProse()
    {
        var run = CliRun.Of("render", CliRun.SeedJson);

        run.Output.Should().Contain("| 政策、规范性文件类 | 70 |")
            .And.Contain("| 微信公众号发布 | 47 |")
            .And.Contain("| 政策解读数量 | 17 |");
    }

    [Fact]
    public void Render_LangEn_PrintsEnglishLabels()
    {
        var run = CliRun.Of("render", CliRun.SeedJson, "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("| Indicator | This year | Cumulative (since records began) |")
            .And.Contain("| Information proactively disclosed | 208 | 2758 |");
    }

    [Fact]
    public void Render_JsonLines_RendersEveryReportInTurn()
    {
        using var folder = new TemporaryFolder();
        var lines = folder.File("two.jsonl");
        CliRun.Of("convert", CliRun.SeedJson, lines).ExitCode.Should().Be(ExitCodes.Success);
        File.AppendAllText(lines, File.ReadAllText(lines));

        var run = CliRun.Of("render", lines);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Split("| 主动公开文件数 | 208 | 2758 |").Should().HaveCount(3);
    }

    [Fact]
    public void Render_MissingFile_ExitsWith2AndOneLineNamingTheFile()
    {
        var run = CliRun.Of("render", "no-such-report.json");

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Be("error: no-such-report.json: file not found.\n");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Render_InvalidReport_ExitsWith2NamingFileLineColumnAndPathWithoutStackTrace()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("bad.json");
        File.WriteAllText(path, File.ReadAllText(CliRun.SeedJson).Replace("\"annual\": 208", "\"annual\": -208", StringComparison.Ordinal));

        var run = CliRun.Of("render", path);

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().StartWith($"error: {path}:16:21: $.tables.legacy.indicators['proactive.total'].annual: ")
            .And.Contain("cannot be negative")
            .And.NotContain("   at ");
        run.Error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void Render_InvalidReportWithVerbose_AddsTheStackTrace()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("bad.json");
        File.WriteAllText(path, "{");

        var run = CliRun.Of("render", path, "--verbose");

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Error.Should().Contain("truncated").And.Contain("   at ");
    }

    [Theory]
    [InlineData("render", "x.json", "--lang", "fr")]
    [InlineData("render", "x.json", "--format", "pdf")]
    [InlineData("render")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Run_WrongUsage_ExitsWith64WithOneErrorLine(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().StartWith("error: ").And.EndWith("(see 'govdisclosure --help')\n");
        run.Error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void Run_HelpThroughABufferedWriter_IsWrittenWhole()
    {
        using var stream = new MemoryStream();
        using var output = new StreamWriter(stream, new System.Text.UTF8Encoding(false), bufferSize: 16) { AutoFlush = false, NewLine = "\n" };

        var code = CliApp.Run(["--help"], output, TextWriter.Null);

        code.Should().Be(ExitCodes.Success);
        System.Text.Encoding.UTF8.GetString(stream.ToArray()).Should().Contain("convert").And.EndWith("\n");
    }

    [Fact]
    public void Run_UnknownCommand_NamesIt()
    {
        var run = CliRun.Of("frobnicate");

        run.Error.Should().Contain("'frobnicate'");
    }

    [Fact]
    public void Render_LanguageNotOffered_ListsTheChoicesOnOneLine()
    {
        var run = CliRun.Of("render", CliRun.SeedJson, "--lang", "fr");

        run.Error.Should().Be("error: Argument 'fr' not recognized. Must be one of: 'zh' 'en' (see 'govdisclosure --help')\n");
    }

    [Fact]
    public void Render_StandardOutputFails_ExitsWith74WithOneLineAndNoStackTrace()
    {
        using var error = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };

        var code = CliApp.Run(["render", CliRun.SeedJson], new FailingWriter(), error);

        code.Should().Be(ExitCodes.OutputError);
        error.ToString().Should().Be("error: could not write standard output: No space left on device\n");
    }

    private sealed class FailingWriter : StringWriter
    {
        public FailingWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char value) => throw new IOException("No space left on device");
    }

    [Fact]
    public void Render_UnknownExtension_ExitsWith64()
    {
        var run = CliRun.Of("render", "report.xml");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("unknown extension '.xml'");
    }

    [Fact]
    public void Render_FormatHtml_PrintsOneStandalonePage()
    {
        var run = CliRun.Of("render", CliRun.SeedJson, "--format", "html");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Error.Should().BeEmpty();
        run.Output.Should().StartWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
            .And.Contain("<title>沙县高桥镇人民政府2018年政府信息公开工作年度报告</title>")
            .And.Contain(">主动公开文件数</th><td style=\"border:1px solid #000;padding:4px 8px;vertical-align:middle;text-align:center;white-space:nowrap;\">208</td>")
            .And.EndWith("</html>\n");
    }

    [Fact]
    public void Render_FormatHtmlFragmentInEnglish_PrintsTheBlockOnly()
    {
        var run = CliRun.Of("render", CliRun.SeedJson, "--format", "html", "--fragment", "--lang", "en");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().StartWith("<div class=\"govdisclosure-report\" lang=\"en\">")
            .And.Contain("<h2>Government information disclosure statistics</h2>")
            .And.NotContain("<html");
    }

    [Fact]
    public void Render_JsonLinesAsHtmlFragments_PrintsOneBlockPerReport()
    {
        using var folder = new TemporaryFolder();
        var lines = TwoReports(folder);

        var run = CliRun.Of("render", lines, "--format", "html", "--fragment");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Split("<div class=\"govdisclosure-report\"").Should().HaveCount(3);
    }

    [Fact]
    public void Render_JsonLinesAsHtmlPage_ExitsWith2BeforePrintingAnything()
    {
        using var folder = new TemporaryFolder();
        var lines = TwoReports(folder);

        var run = CliRun.Of("render", lines, "--format", "html");

        run.ExitCode.Should().Be(ExitCodes.InputError);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be($"error: {lines}: holds more than one report; an HTML page shows one: render with --fragment, one block per report.\n");
    }

    [Fact]
    public void Render_FragmentWithoutHtml_ExitsWith64()
    {
        var run = CliRun.Of("render", CliRun.SeedJson, "--fragment");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Be("error: --fragment needs --format html.\n");
    }

    private static string TwoReports(TemporaryFolder folder)
    {
        var lines = folder.File("two.jsonl");
        CliRun.Of("convert", CliRun.SeedJson, lines).ExitCode.Should().Be(ExitCodes.Success);
        File.AppendAllText(lines, File.ReadAllText(lines));
        return lines;
    }

    [Theory]
    [InlineData("render")]
    [InlineData("convert")]
    [InlineData("validate")]
    [InlineData("rollup")]
    [InlineData("history")]
    public void Help_EveryCommand_PrintsUsageWithExamples(string command)
    {
        var run = CliRun.Of(command, "--help");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().Contain("Usage:").And.Contain("Examples:").And.Contain("govdisclosure " + command);
    }
}
