using FluentAssertions;
using GovDisclosure.Rendering;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    private static readonly ReportRenderOptions English = new() { Language = DisplayLanguage.English };

    [Theory]
    [InlineData("000-gaoqiao-township-2018")]
    [InlineData("001-pingtan-county-2011")]
    [InlineData("006-pingtan-zone-2019")]
    [InlineData("007-huaian-city-2024")]
    [InlineData("010-pingtan-zone-2024")]
    public void Render_RealReport_MatchesTheGoldenOfficialLayout(string id)
    {
        var report = Samples.Report(id);

        GeneratedFile.ShouldMatch($"tests/GovDisclosure.Core.Tests/Rendering/Golden/{id}.zh.md", MarkdownRenderer.Render(report));
        GeneratedFile.ShouldMatch($"tests/GovDisclosure.Core.Tests/Rendering/Golden/{id}.en.md", MarkdownRenderer.Render(report, English));
    }

    [Fact]
    public void Render_SeedJson_PrintsBothPeriodColumnsAndTheProseFigures()
    {
        var markdown = MarkdownRenderer.Render(GovDisclosureJson.ReadFile(Samples.SeedJsonPath));

        markdown.Should().Contain("| 主动公开文件数 | 208 | 2758 |")
            .And.Contain("| 其中：政府网站公开数 | 200 | 2624 |")
            .And.Contain("| 国土资源城乡建设环保能源类 | 6 |")
            .And.Contain("| 微信公众号发布 | 47 |")
            .And.Contain("| 政策解读数量 | 17 |")
            .And.Contain("发布日期：2019-01-22");
    }

    [Fact]
    public void Render_National2021_PrintsTable4AsOneRowOfFifteenFigures()
    {
        var markdown = MarkdownRenderer.Render(Samples.Report("007-huaian-city-2024"));

        markdown.Should().Contain("| 72 | 64 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20 |")
            .And.Contain("| 行政复议 |  |  |  |  | 行政诉讼 |");
    }

    [Fact]
    public void Render_National2021_PrintsGroupHeadingsAsRowsWithoutFigures()
    {
        var markdown = MarkdownRenderer.Render(Samples.Report("007-huaian-city-2024"));

        markdown.Should().Contain("| **三、本年度办理结果** |  |  |  |  |  |  |  |\n| （一）予以公开 | 1288 | 21 | 0 | 0 | 50 | 3 | 1362 |")
            .And.Contain("| **（三）不予公开** |  |  |  |  |  |  |  |\n| 1.属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |")
            .And.Contain("|  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |");
    }

    [Fact]
    public void Render_National2019_PrintsTheFiveBlocksOfTable2()
    {
        var markdown = MarkdownRenderer.Render(Samples.Report("006-pingtan-zone-2019"));

        markdown.Should().Contain("**第二十条第（九）项**")
            .And.Contain("| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |")
            .And.Contain("| 行政许可 | 396 | 0 | 181 |")
            .And.Contain("| 政府集中采购 | 135 | 75394432.52 |")
            .And.Contain("| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |")
            .And.NotContain("**（六）其他处理**");
    }

    [Fact]
    public void Render_MoneyInTheUnitTheReportStates_ShowsTheUnit()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2019, 2019, new Agency("某区人民政府"));
        builder.Set(ProactiveRow.CentralizedProcurement, ProactiveColumn.ProcurementAmount, 75394432.52m);
        builder.SetMoneyUnit(CellKey.Parse("proactive.centralizedProcurement.procurementAmount"), MoneyUnit.Yuan);

        var markdown = MarkdownRenderer.Render(builder.Build());

        markdown.Should().Contain("| 政府集中采购 |  | 75394432.52元 |");
    }

    [Fact]
    public void Render_BlankAndZero_BlankPrintsEmptyAndZeroPrintsZero()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2023, new Agency("某县人民政府"));
        builder.Set(ProactiveRow.Regulations, ProactiveColumn.Issued, 0);

        var markdown = MarkdownRenderer.Render(builder.Build());

        markdown.Should().Contain("| 规章 | 0 |  |  |");
    }

    [Fact]
    public void Render_SingleOtherHandlingRowIn2021_PrintsItInsteadOfItsSubRows()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2022, new Agency("某县人民政府"));
        builder.Set(RequestRow.OtherHandling, Applicant.Total, 4);

        var markdown = MarkdownRenderer.Render(builder.Build());

        markdown.Should().Contain("| （六）其他处理 |  |  |  |  |  |  | 4 |")
            .And.NotContain("3.其他 |");
    }

    [Fact]
    public void Render_LegacyRowsTheCatalogueDoesNotKnow_AreKeptWithTheirPrintedLabels()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2012, new Agency("某市人民政府"));
        builder.Set(LegacyIndicator.ProactiveTotal, LegacyPeriod.Annual, 425);
        builder.AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", 12, default));

        var markdown = MarkdownRenderer.Render(builder.Build());

        markdown.Should().Contain("| 指标 | 本年度 |\n").And.Contain("| 依申请公开信息目录数 | 12 |");
    }

    [Fact]
    public void Render_MarkupInReportText_IsEscaped()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2012, new Agency("<script>alert(1)</script>|某局"));
        builder.AddLegacyOtherRow(new LegacyOtherRow("**粗体** | [链接](http://x)", 1, default));
        builder.AddBreakdown(BreakdownKind.Figures, "<img src=x>", 3);

        var markdown = MarkdownRenderer.Render(builder.Build());

        markdown.Should().NotContain("<script>").And.NotContain("<img").And.NotContain("| [链接]")
            .And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;\\|某局")
            .And.Contain("\\*\\*粗体\\*\\* \\| \\[链接\\](http://x)");
    }

    [Fact]
    public void Render_WithoutTitle_StartsWithTheFirstTable()
    {
        var markdown = MarkdownRenderer.Render(Samples.Report("010-pingtan-zone-2024"), new ReportRenderOptions { IncludeTitle = false });

        markdown.Should().StartWith("\n## 二、主动公开政府信息情况\n");
    }

    [Fact]
    public void Render_SignedChange_PrintsItsSign()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2019, 2020, new Agency("某区人民政府"));
        builder.Set(ProactiveRow.Licensing, ProactiveColumn.ItemChange, 12);
        builder.Set(ProactiveRow.Penalty, ProactiveColumn.ItemChange, -3);
        builder.Set(ProactiveRow.Coercion, ProactiveColumn.ItemChange, 0);

        var markdown = MarkdownRenderer.Render(builder.Build());

        markdown.Should().Contain("| 行政许可 |  | +12 |  |").And.Contain("| 行政处罚 |  | -3 |  |").And.Contain("| 行政强制 |  | 0 |  |");
    }
}
