using System.Text;
using FluentAssertions;
using GovDisclosure.Rendering;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;
using GovDisclosure.Validation;

namespace GovDisclosure.Extraction.Tests.Fuzzing;

/// <summary>
/// The limits of extraction (docs/robustness.md): an input too long, or a page nested too deep, is refused with an
/// error diagnostic that says which limit and where, before it is parsed; pages within them are read as before.
/// </summary>
public sealed class ExtractionLimitTests
{
    private static readonly ExtractionOptions Html = new() { Input = InputKind.Html };

    /// <summary>The seed report rendered as the official page, with <paramref name="markup"/> put in front of its body's first element.</summary>
    private static string SeedPage(string markup)
    {
        var page = HtmlRenderer.RenderPage(GovDisclosureJson.ReadFile(Samples.SeedJsonPath));
        var at = page.IndexOf("<body>", StringComparison.Ordinal) + "<body>".Length;
        return page.Insert(at, markup);
    }

    private static string Repeat(string markup, int count) => string.Concat(Enumerable.Repeat(markup, count));

    [Fact]
    public void Extract_PageWithinTheDepthLimit_IsRead()
    {
        var result = ReportExtractor.Extract(SeedPage(Repeat("<div>\n", 400)), Html);

        result.Report.Should().NotBeNull();
        result.Report!["legacy.proactive.total.annual"].Should().Be(GovDisclosureJson.ReadFile(Samples.SeedJsonPath)["legacy.proactive.total.annual"]);
        result.Diagnostics.Should().NotContain(d => d.Code == ExtractionCode.NestingTooDeep);
    }

    [Fact]
    public void Extract_PageNestedPastTheLimit_IsRefusedNamingTheLineAndTheOption()
    {
        // Line 1 is the doctype; the body opens on a later line, then one <div> a line.
        var page = SeedPage(Repeat("<div>\n", 600));
        var bodyLine = page[..page.IndexOf("<body>", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var result = ReportExtractor.Extract(page, Html with { Source = "deep.html" });

        result.Report.Should().BeNull();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Which;
        diagnostic.Code.Should().Be(ExtractionCode.NestingTooDeep);
        diagnostic.Severity.Should().Be(Severity.Error);
        diagnostic.Source.Should().Be("deep.html");
        diagnostic.Message.Should().Be("the page's elements nest more than 512 deep (ExtractionOptions.MaxHtmlDepth) at this line; it is not parsed.");

        // The html and body elements are open around the divs: the 513th element open is the 511th div.
        diagnostic.Line.Should().Be(bodyLine + 510);
    }

    [Fact]
    public void Extract_PageNestedPastTheDefault_IsReadWhenTheOptionAllowsIt()
    {
        var result = ReportExtractor.Extract(SeedPage(Repeat("<div>\n", 600)), Html with { MaxHtmlDepth = 1000 });

        result.Report.Should().NotBeNull();
    }

    [Theory]
    [InlineData("<div>", 200_000)] // 1 MB: the tree builder would take minutes and the page walk would recurse 200,000 deep
    [InlineData("<span><b>", 50_000)]
    [InlineData("<p><div>", 50_000)] // each div closes the p, then holds the next p: the divs nest
    [InlineData("<table><tr><td>", 20_000)] // tables inside cells
    [InlineData("<div/>", 50_000)] // a slash does not close a div
    public void Extract_DeeplyNestedMarkup_IsRefusedBeforeItIsParsed(string markup, int count)
    {
        var result = ReportExtractor.Extract(SeedPage(Repeat(markup, count)), Html);

        result.Report.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(ExtractionCode.NestingTooDeep);
    }

    [Theory]
    [InlineData("<p>一")] // a p closes the p before it
    [InlineData("<li>一")]
    [InlineData("<br><img src=x><hr><input>")] // void elements hold nothing
    [InlineData("<div>一</div>")]
    [InlineData("<b>一</b><i>二</i>")]
    [InlineData("<!-- <div> -->")]
    [InlineData("<script>if (a < b) { document.write('<div>'); }</script>")]
    [InlineData("<span title=\"<div>\">一</span>")]
    [InlineData("<table><tr><td>一<td>二<tr><td>三</table>")] // cells and rows close the open ones
    [InlineData("<select><option>一<option>二</select>")]
    [InlineData("<dl><dt>一<dd>二</dl>")]
    [InlineData("<h1>一<h2>二</h2>")]
    [InlineData("a < b, 1 <2")] // a '<' in text is not a tag
    public void Extract_ManyElementsThatDoNotNest_AreNotCountedAsDepth(string markup)
    {
        var result = ReportExtractor.Extract(SeedPage(Repeat(markup + "\n", 5_000)), Html);

        result.Report.Should().NotBeNull();
        result.Diagnostics.Should().NotContain(d => d.Code == ExtractionCode.NestingTooDeep);
    }

    [Fact]
    public void Extract_TextLongerThanTheLimit_IsRefusedNamingTheLimit()
    {
        var text = File.ReadAllText(Samples.TextPath("000-gaoqiao-township-2018"));

        var result = ReportExtractor.Extract(text, new ExtractionOptions { MaxInputLength = 1000, Source = "gaoqiao.txt" });

        result.Report.Should().BeNull();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Which;
        diagnostic.Code.Should().Be(ExtractionCode.InputTooLarge);
        diagnostic.Severity.Should().Be(Severity.Error);
        diagnostic.Source.Should().Be("gaoqiao.txt");
        diagnostic.Message.Should().Be($"the text is {text.Length:N0} characters long, more than the limit of 1,000 (ExtractionOptions.MaxInputLength); it is not read.");
    }

    [Fact]
    public void Extract_StreamLongerThanTheLimit_IsNotReadPastTheLimit()
    {
        var bytes = File.ReadAllBytes(Samples.TextPath("000-gaoqiao-township-2018"));
        using var stream = new MemoryStream(bytes);

        var result = ReportExtractor.Extract(stream, new ExtractionOptions { MaxInputLength = 1000 });

        result.Report.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Message.Should()
            .Be("the input is longer than the limit of 1,000 bytes (ExtractionOptions.MaxInputLength); it is not read past the limit.");
        stream.Position.Should().Be(1001, "one byte past the limit tells that the input is longer");
    }

    [Fact]
    public void Extract_StreamOfExactlyTheLimit_IsRead()
    {
        var bytes = File.ReadAllBytes(Samples.TextPath("000-gaoqiao-township-2018"));

        var result = ReportExtractor.Extract(new MemoryStream(bytes), new ExtractionOptions { MaxInputLength = bytes.Length });

        result.Report.Should().NotBeNull();
        result.Diagnostics.Should().NotContain(d => d.Code == ExtractionCode.InputTooLarge);
    }

    [Fact]
    public void ExtractFile_FileLongerThanTheLimit_IsRefused()
    {
        var result = ReportExtractor.ExtractFile(Samples.TextPath("000-gaoqiao-township-2018"), new ExtractionOptions { MaxInputLength = 1000 });

        result.Report.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Source.Should().EndWith("000-gaoqiao-township-2018.txt");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void MaxInputLength_BelowOne_IsRefused(int value)
    {
        var set = () => new ExtractionOptions { MaxInputLength = value };

        set.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ExtractionOptions.MaxHtmlDepthLimit + 1)]
    public void MaxHtmlDepth_OutOfItsRange_IsRefused(int value)
    {
        var set = () => new ExtractionOptions { MaxHtmlDepth = value };

        set.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(value));
    }

    [Fact]
    public void Defaults_AreSixteenMebibytesAndFiveHundredTwelveElements()
    {
        ExtractionOptions.Default.MaxInputLength.Should().Be(16 * 1024 * 1024);
        ExtractionOptions.Default.MaxHtmlDepth.Should().Be(512);
    }

    [Fact]
    public void Extract_BytesOfAPageNamingUtf7_GiveNoReportAndNoException()
    {
        // The html long run's crash (input 875,331), cut down: NotSupportedException from the charset lookup.
        var bytes = Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<meta\n<html lang=\"zh-CN\">\n<head>总计\n\n<meta charset=\"utf-7.属于行政执法案卷8\">\n");

        var result = ReportExtractor.Extract(new MemoryStream(bytes));

        result.Report.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Code == ExtractionCode.EncodingFallback && d.Message.Contains("'utf-7'", StringComparison.Ordinal));
    }
}
