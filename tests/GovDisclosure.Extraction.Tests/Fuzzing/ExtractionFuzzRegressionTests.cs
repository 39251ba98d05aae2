using FluentAssertions;
using GovDisclosure.Rendering;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Extraction.Tests.Fuzzing;

/// <summary>
/// Inputs that the fuzzer found to end in an exception (docs/robustness.md), cut down to the line that matters: each
/// now gives a report whose unfit figure is not kept, with a warning saying why.
/// </summary>
public sealed class ExtractionFuzzRegressionTests
{
    private static string Huaian => File.ReadAllText(Samples.TextPath("007-huaian-city-2024"));

    private static string Gaoqiao => File.ReadAllText(Samples.TextPath("000-gaoqiao-township-2018"));

    [Fact]
    public void Extract_CountPrintedWithDecimals_LeavesTheCellBlankWithAWarning()
    {
        // Was ArgumentException from the builder: 3001.0 equals a whole number, but a count is printed without decimals.
        var text = Huaian.Replace("一、本年新收政府信息公开申请数量                3001 ", "一、本年新收政府信息公开申请数量                3001.0", StringComparison.Ordinal);

        var result = ReportExtractor.Extract(text);

        var cell = CellKey.Parse("requests.newlyReceived.naturalPerson");
        result.Report![cell].IsBlank.Should().BeTrue();
        result.Diagnostics.Should().Contain(d => d.Code == ExtractionCode.InvalidValue && d.Cells.Contains(cell) && d.Message.Contains("'3001.0'", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SingleOtherHandlingRowBesideItsSubRows_KeepsTheFirstWithAWarning()
    {
        // Was InvalidOperationException from the builder: 2021's （六）其他处理 row and its sub-rows both with figures.
        var at = Huaian.IndexOf("四、结转下年度继续办理", StringComparison.Ordinal);
        var text = Huaian[..at] + "（六）其他处理                  1          0        0         0        0         0    1\n" + Huaian[at..];

        var result = ReportExtractor.Extract(text);

        result.Report.Should().NotBeNull();
        result.Report!["requests.otherOther.total"].Should().Be(CellValue.Of(110));
        result.Diagnostics.Should().Contain(d => d.Code == ExtractionCode.InvalidValue && d.Message.Contains("row 'otherHandling' cannot stand beside row 'otherNoCorrection'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("通过政府网站发布信息99999999999999999999条。")] // was OverflowException (long.Parse)
    [InlineData("本年度主动公开政府信息共99999999999999999999条。")] // was OverflowException (decimal.Parse) or ArgumentException (19 digits)
    [InlineData("其中机构职能类99999999999999999999条，规划计划类2条。")]
    [InlineData("政策解读1000000000000000000篇共3条。")] // 19 digits: was ArgumentOutOfRangeException (LabeledCount)
    [InlineData("通过微信公众号发布信息٣条。")] // Arabic-Indic digits matched \d: was FormatException (long.Parse)
    public void Extract_ProseFigureBeyondACount_IsNotKeptAndNeverThrows(string sentence)
    {
        var at = Gaoqiao.IndexOf('\n', Gaoqiao.Length / 3);
        var text = Gaoqiao[..at] + "\n" + sentence + "\n" + Gaoqiao[at..];

        var result = ReportExtractor.Extract(text);

        result.Report.Should().NotBeNull();
        result.Report!.Breakdowns.Figures.Concat(result.Report.Breakdowns.ProactiveByChannel).Concat(result.Report.Breakdowns.ProactiveByCategory)
            .Should().NotContain(b => b.Count > 1_000_000);
    }

    [Fact]
    public void Extract_BreakdownTableRowBeyondACount_IsNotKeptWithAWarning()
    {
        // Was ArgumentOutOfRangeException (LabeledCount): a row of the category table printed with 19 digits.
        var seed = GovDisclosureJson.ReadFile(Samples.SeedJsonPath);
        var markdown = MarkdownRenderer.Render(seed);
        var row = seed.Breakdowns.ProactiveByCategory[2];
        var text = markdown.Replace($"| {row.Label} | {row.Count} |", $"| {row.Label} | 1000000000000000000 |", StringComparison.Ordinal);
        text.Should().NotBe(markdown);

        var result = ReportExtractor.Extract(text);

        result.Report!.Breakdowns.ProactiveByCategory.Select(b => b.Label).Should().NotContain(row.Label);
        result.Diagnostics.Should().Contain(d => d.Code == ExtractionCode.InvalidValue && d.Message.Contains("1000000000000000000", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ProseClauseOfQuarterOfAMillionDigits_IsScannedOnce()
    {
        // Found by the fuzzer (text, 3.5 s): the 2011 report of 平潭县 with a run of digits inside a clause of its prose;
        // the count patterns of the prose went over the run again from each of its digits.
        var pingtan = File.ReadAllText(Samples.TextPath("001-pingtan-county-2011"));
        var text = pingtan.Replace("进一步规范政府信息公开行为", "进一步规范政府信息公开" + new string('9', 240_000) + "行为", StringComparison.Ordinal);
        text.Should().NotBe(pingtan);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = ReportExtractor.Extract(text);

        result.Report.Should().NotBeNull();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Extract_HtmlTableRowOfTwentyFiveThousandCells_AllocatesInProportion()
    {
        // Found measuring the fuzzer's allocation (HTML, 5 KB per input byte): the grid of a table grew one column at a
        // time, copying every row for each cell, so a 260 KB row of cells allocated 2.7 GB.
        var page = HtmlRenderer.RenderPage(GovDisclosureJson.ReadFile(Samples.SeedJsonPath));
        var at = page.IndexOf("</tr>", page.IndexOf("<table", StringComparison.Ordinal), StringComparison.Ordinal);
        var html = page.Insert(at, string.Concat(Enumerable.Repeat("<td>1</td>", 25_000)));
        ReportExtractor.Extract(html, new ExtractionOptions { Input = InputKind.Html });
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = ReportExtractor.Extract(html, new ExtractionOptions { Input = InputKind.Html });

        result.Report.Should().NotBeNull();
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(400_000_000, "some 270 bytes per byte of page, not thousands");
    }
}
