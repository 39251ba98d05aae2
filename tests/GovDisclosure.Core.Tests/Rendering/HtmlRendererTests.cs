using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FluentAssertions;
using GovDisclosure.Rendering;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Rendering;

/// <summary>The HTML is checked as a browser reads it: parsed, then its tables' cells, spans and texts compared with the official layout.</summary>
public sealed class HtmlRendererTests
{
    private const string Huaian2024 = "007-huaian-city-2024";
    private static readonly ReportRenderOptions English = new() { Language = DisplayLanguage.English };

    [Theory]
    [InlineData("000-gaoqiao-township-2018")]
    [InlineData("001-pingtan-county-2011")]
    [InlineData("006-pingtan-zone-2019")]
    [InlineData(Huaian2024)]
    [InlineData("010-pingtan-zone-2024")]
    public void RenderPage_RealReport_MatchesTheGoldenPage(string id) =>
        GeneratedFile.ShouldMatch($"tests/GovDisclosure.Core.Tests/Rendering/Golden/{id}.zh.html", HtmlRenderer.RenderPage(Samples.Report(id)));

    [Fact]
    public void RenderPage_RealReportInEnglish_MatchesTheGoldenPage() =>
        GeneratedFile.ShouldMatch($"tests/GovDisclosure.Core.Tests/Rendering/Golden/{Huaian2024}.en.html", HtmlRenderer.RenderPage(Samples.Report(Huaian2024), English));

    [Fact]
    public void RenderPage_National2021Requests_MergesTheApplicantHeaderCellsAsTheOfficialTable()
    {
        var table = Table(HtmlRenderer.RenderPage(Samples.Report(Huaian2024)), "三、收到和处理政府信息公开申请情况");
        var header = table.Head!.Rows;

        header.Should().HaveCount(3);
        Cells(header[0]).Should().Equal(
            ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
            ("申请人情况", 1, 7));
        Cells(header[1]).Should().Equal(("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1));
        Cells(header[2]).Should().Equal(("商业企业", 1, 1), ("科研机构", 1, 1), ("社会公益组织", 1, 1), ("法律服务机构", 1, 1), ("其他", 1, 1));
    }

    [Fact]
    public void RenderPage_National2021Requests_MergesTheRowHeadingsBesideTheirRows()
    {
        var rows = Table(HtmlRenderer.RenderPage(Samples.Report(Huaian2024)), "三、收到和处理政府信息公开申请情况").Bodies[0].Rows;

        rows.Should().HaveCount(25);
        Cells(rows[0]).Should().StartWith(("一、本年新收政府信息公开申请数量", 1, 3));
        Cells(rows[2]).Take(2).Should().Equal(("三、本年度办理结果", 22, 1), ("（一）予以公开", 1, 2));
        Texts(rows[2]).Skip(2).Should().Equal("1288", "21", "0", "0", "50", "3", "1362");
        Cells(rows[4]).Take(2).Should().Equal(("（三）不予公开", 8, 1), ("1.属于国家秘密", 1, 1));
        Texts(rows[4]).Skip(2).Should().Equal("2", "0", "0", "0", "0", "0", "2");
        Cells(rows[5]).First().Should().Be(("2.其他法律行政法规禁止公开", 1, 1));
        Cells(rows[23]).First().Should().Be(("（七）总计", 1, 2));
        Texts(rows[23]).Skip(1).Should().Equal("2932", "53", "0", "0", "61", "4", "3050");
        Cells(rows[24]).Should().StartWith(("四、结转下年度继续办理", 1, 3));
        rows.Sum(r => r.Cells.Sum(c => c.ColumnSpan)).Should().Be(
            (25 * 10) - (22 - 1) - (8 - 1) - (3 - 1) - (5 - 1) - (3 - 1),
            "each of the 25 rows is 3 label columns and 7 figures wide, less the places covered by a row heading of a row above");
    }

    [Fact]
    public void RenderPage_National2021Reviews_MergesTheReconsiderationAndLitigationGroups()
    {
        var table = Table(HtmlRenderer.RenderPage(Samples.Report(Huaian2024)), "四、政府信息公开行政复议、行政诉讼情况");
        var header = table.Head!.Rows;

        Cells(header[0]).Should().Equal(("行政复议", 1, 5), ("行政诉讼", 1, 10));
        Cells(header[1]).Should().Equal(
            ("结果维持", 2, 1), ("结果纠正", 2, 1), ("其他结果", 2, 1), ("尚未审结", 2, 1), ("总计", 2, 1),
            ("未经复议直接起诉", 1, 5), ("复议后起诉", 1, 5));
        Texts(header[2]).Should().Equal("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        Texts(table.Bodies[0].Rows.Single()).Should().Equal("72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20");
    }

    [Fact]
    public void RenderPage_National2021Proactive_IsOneGridWithACaptionRowPerBlock()
    {
        var table = Table(HtmlRenderer.RenderPage(Samples.Report(Huaian2024)), "二、主动公开政府信息情况");

        table.Bodies.Should().HaveCount(4);
        table.Bodies.Select(b => Cells(b.Rows[0]).Single()).Should().Equal(
            ("第二十条第（一）项", 1, 4), ("第二十条第（五）项", 1, 4), ("第二十条第（六）项", 1, 4), ("第二十条第（八）项", 1, 4));
        Cells(table.Bodies[0].Rows[1]).Should().Equal(("信息内容", 1, 1), ("本年制发件数", 1, 1), ("本年废止件数", 1, 1), ("现行有效件数", 1, 1));
        Texts(table.Bodies[0].Rows[2]).Should().Equal("规章", "1", "0", "11");
        Cells(table.Bodies[1].Rows[1]).Should().Equal(("信息内容", 1, 1), ("本年处理决定数量", 1, 3));
        Cells(table.Bodies[1].Rows[2]).Should().Equal(("行政许可", 1, 1), ("447228", 1, 3));
        Cells(table.Bodies[3].Rows[2]).Should().Equal(("行政事业性收费", 1, 1), ("96171.6", 1, 3));
    }

    [Fact]
    public void RenderPage_National2019_LaysOutItsOwnBlocksAndFigures()
    {
        var html = HtmlRenderer.RenderPage(Samples.Report("006-pingtan-zone-2019"));
        var proactive = Table(html, "二、主动公开政府信息情况");
        var requests = Table(html, "三、收到和处理政府信息公开申请情况");

        proactive.Bodies.Should().HaveCount(5);
        Cells(proactive.Bodies[3].Rows[1]).Should().Equal(("信息内容", 1, 1), ("上一年项目数量", 1, 1), ("本年增/减", 1, 2));
        Texts(proactive.Bodies[4].Rows[2]).Should().Equal("政府集中采购", "135", "75394432.52");
        Cells(requests.Head!.Rows[1]).Should().Equal(("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1));
        Cells(requests.Bodies[0].Rows[2]).Take(2).Should().Equal(("三、本年度办理结果", 20, 1), ("（一）予以公开", 1, 2));
        Cells(requests.Bodies[0].Rows.Single(r => r.Cells[0].TextContent == "（六）其他处理")).First().Should().Be(("（六）其他处理", 1, 2));
    }

    [Fact]
    public void RenderPage_LegacySeed_PrintsBothPeriodColumnsAndTheProseFigures()
    {
        var html = HtmlRenderer.RenderPage(GovDisclosureJson.ReadFile(Samples.SeedJsonPath));
        var table = Table(html, "政府信息公开情况统计表");

        Cells(table.Head!.Rows.Single()).Should().Equal(("指标", 1, 1), ("本年度", 1, 1), ("历年累计", 1, 1));
        Texts(table.Bodies[0].Rows[0]).Should().Equal("主动公开文件数", "208", "2758");
        Texts(table.Bodies[0].Rows[1]).Should().Equal("其中：政府网站公开数", "200", "2624");
        Texts(Table(html, "主动公开政府信息的渠道（正文所列）").Bodies[0].Rows.First(r => r.Cells[0].TextContent == "微信公众号发布")).Should().Equal("微信公众号发布", "47");
    }

    [Fact]
    public void RenderPage_English_UsesEnglishLabelsAndLanguage()
    {
        var document = Parse(HtmlRenderer.RenderPage(Samples.Report(Huaian2024), English));
        var table = Table(document, "III. Requests received and handled");

        document.DocumentElement.GetAttribute("lang").Should().Be("en");
        Texts(table.Head!.Rows[0]).Last().Should().Be("Applicants");
        Texts(table.Head.Rows[1]).Should().Contain("Natural persons").And.Contain("Total");
    }

    [Fact]
    public void RenderPage_Chinese_IsACompleteUtf8PageInChinese()
    {
        var html = HtmlRenderer.RenderPage(Samples.Report(Huaian2024));
        var document = Parse(html);

        html.Should().StartWith("<!DOCTYPE html>\n");
        document.DocumentElement.GetAttribute("lang").Should().Be("zh-CN");
        document.CharacterSet.Should().Be("utf-8");
        document.Title.Should().Be("淮安市人民政府2024年政府信息公开工作年度报告");
        document.QuerySelectorAll("h2").Select(h => h.TextContent).Should().Equal(
            "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
    }

    [Fact]
    public void RenderFragment_IsOneBlockWithStyledTablesAndNoPage()
    {
        var fragment = HtmlRenderer.RenderFragment(Samples.Report(Huaian2024), new ReportRenderOptions { IncludeTitle = false });
        var body = Parse(fragment).Body!;

        fragment.Should().StartWith("<div class=\"govdisclosure-report\" lang=\"zh-CN\">").And.NotContain("<html").And.NotContain("<style");
        body.Children.Should().ContainSingle().Which.ClassName.Should().Be("govdisclosure-report");
        body.QuerySelectorAll("h1").Should().BeEmpty();
        body.QuerySelectorAll("table").Should().HaveCount(3);
        body.QuerySelectorAll("td, th").Should().OnlyContain(c => c.GetAttribute("style")!.Contains("border:1px solid #000", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderPage_BlankAndZero_BlankIsAnEmptyCellAndZeroPrintsZero()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2023, new Agency("某县人民政府"));
        builder.Set(ProactiveRow.Regulations, ProactiveColumn.Issued, 0);

        var table = Table(HtmlRenderer.RenderPage(builder.Build()), "二、主动公开政府信息情况");

        Cells(table.Bodies[0].Rows[2]).Should().Equal(("规章", 1, 1), ("0", 1, 1), (string.Empty, 1, 1), (string.Empty, 1, 1));
    }

    [Fact]
    public void RenderPage_MarkupInEveryReportText_IsEscapedAndShownAsText()
    {
        const string Agency = "<script>alert('agency')</script>某局";
        const string Section = "第一段<img src=x onerror=alert(1)> & \"引号\"";
        const string Row = "<b onmouseover=alert(2)>依申请公开信息目录数</b>";
        const string Breakdown = "</td></tr></table><script>alert(3)</script>";
        var builder = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2012, new Agency(Agency));
        builder.SourceUrl = "javascript:alert(4)";
        builder.SetSection(ReportSection.Overview, Section + "\n<iframe src=x></iframe>");
        builder.AddLegacyOtherRow(new LegacyOtherRow(Row, 12, default));
        builder.AddBreakdown(BreakdownKind.Figures, Breakdown, 3);

        var html = HtmlRenderer.RenderPage(builder.Build(), new ReportRenderOptions { IncludeSections = true });
        var document = Parse(html);

        document.QuerySelectorAll("script, img, iframe, b, a").Should().BeEmpty();
        document.Title.Should().Be(Agency + "2012年政府信息公开工作年度报告");
        document.QuerySelector("h1")!.TextContent.Should().Be(Agency + "2012年政府信息公开工作年度报告");
        document.QuerySelector(".govdisclosure-metadata")!.TextContent.Should().EndWith("来源：javascript:alert(4)");
        document.QuerySelectorAll("p").Select(p => p.TextContent).Should().Contain(Section).And.Contain("<iframe src=x></iframe>");
        document.QuerySelectorAll("th").Select(c => c.TextContent).Should().Contain(Row).And.Contain(Breakdown);
        Table(document, "正文所列其他数字").Bodies[0].Rows.Should().ContainSingle();
    }

    [Fact]
    public void RenderPage_WebSource_IsALink()
    {
        var document = Parse(HtmlRenderer.RenderPage(GovDisclosureJson.ReadFile(Samples.SeedJsonPath)));

        document.QuerySelector(".govdisclosure-metadata a")!.GetAttribute("href").Should().Be("http://www.fjsx.gov.cn/wzq/xzwz/gqzrmzf/zfxxgkzl/");
    }

    [Fact]
    public void RenderPage_WithSections_PrintsEachTableUnderItsSection()
    {
        var builder = Samples.Report(Huaian2024).ToBuilder();
        builder.SetSection(ReportSection.Overview, "2024年，全市……\n（一）主动公开");
        builder.SetSection(ReportSection.OtherMatters, "无。");

        var document = Parse(HtmlRenderer.RenderPage(builder.Build(), new ReportRenderOptions { IncludeSections = true }));
        var content = document.QuerySelector(".govdisclosure-report")!.Children.Select(e => e.LocalName == "table" ? "table" : e.LocalName + ":" + e.TextContent);

        content.Should().Equal(
            "h1:淮安市人民政府2024年政府信息公开工作年度报告",
            "p:格式：中华人民共和国政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）",
            "h2:一、总体情况",
            "p:2024年，全市……",
            "p:（一）主动公开",
            "h2:二、主动公开政府信息情况",
            "table",
            "h2:三、收到和处理政府信息公开申请情况",
            "table",
            "h2:四、政府信息公开行政复议、行政诉讼情况",
            "table",
            "h2:六、其他需要报告的事项",
            "p:无。");
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static IHtmlTableElement Table(string html, string heading) => Table(Parse(html), heading);

    private static IHtmlTableElement Table(IDocument document, string heading)
    {
        var title = document.QuerySelectorAll("h2").Single(h => h.TextContent == heading);
        var next = title.NextElementSibling;
        while (next is not IHtmlTableElement)
        {
            next = next!.NextElementSibling;
        }

        return (IHtmlTableElement)next;
    }

    private static IEnumerable<(string Text, int RowSpan, int ColumnSpan)> Cells(IHtmlTableRowElement row) =>
        row.Cells.Select(c => (c.TextContent, c.RowSpan, c.ColumnSpan));

    private static IEnumerable<string> Texts(IHtmlTableRowElement row) => row.Cells.Select(c => c.TextContent);
}
