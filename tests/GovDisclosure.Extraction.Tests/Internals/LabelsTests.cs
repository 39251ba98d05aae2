using FluentAssertions;
using GovDisclosure.Catalog;
using GovDisclosure.Extraction.Internals;

namespace GovDisclosure.Extraction.Tests.Internals;

public sealed class LabelsTests
{
    [Theory]
    [InlineData("1.属于国家秘密", "属于国家秘密")]
    [InlineData("1、属于国家秘密", "属于国家秘密")]
    [InlineData("（1）属于国家秘密", "属于国家秘密")]
    [InlineData("(1)属于国家秘密", "属于国家秘密")]
    [InlineData("１．属于国家秘密", "属于国家秘密")]
    [InlineData("一、本年新收政府信息公开申请数量", "本年新收政府信息公开申请数量")]
    [InlineData("（一）予以公开", "予以公开")]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开")]
    [InlineData("（二）部分公开", "部分公开")]
    [InlineData("3.危及“三安全一稳定”", "危及三安全一稳定")]
    [InlineData("其中：1.网站公开", "网站公开")]
    [InlineData("其中:1.政府网站公开数", "政府网站公开数")]
    [InlineData("商业\n企业", "商业企业")]
    [InlineData("本年收费金额（单位：万元）", "本年收费金额")]
    [InlineData("  社会 公益\u00a0组织 ", "社会公益组织")]
    public void Canonical_PrintedVariant_GivesTheSameKey(string printed, string key) => Labels.Canonical(printed).Should().Be(key);

    [Fact]
    public void LabelIndex_EveryCatalogueLabel_FindsItsRow()
    {
        foreach (var format in FormatCatalog.All)
        {
            var index = LabelIndex.For(format);
            foreach (var row in format.Tables.SelectMany(t => t.Rows))
            {
                index.Find(Labels.Canonical(row.Label)).Should().Contain(row, $"{format.Key} {row.Key}");
            }
        }
    }

    [Fact]
    public void Extract_LabelWithOneCharacterTypo_MatchesTheOnlyCloseLabel()
    {
        var text = string.Join('\n', "某县人民政府2024年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "2.其他法律行政法规进止公开", "1", "0", "0", "0", "0", "0", "1");

        var result = ReportExtractor.Extract(text);

        result.Report!["requests.deniedProhibitedByLaw.total"].Value.Should().Be(1);
        result.WithCode(ExtractionCode.LabelMatchedWithTypo).Should().ContainSingle().Which.PrintedLabel.Should().Be("2.其他法律行政法规进止公开");
    }

    [Fact]
    public void Extract_2021TableWithSingleOtherHandlingRow_UsesTheOptionalRow()
    {
        var text = string.Join('\n', "某县人民政府2022年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "（六）其他处理", "2", "0", "0", "0", "0", "0", "2", "（七）总计", "2", "0", "0", "0", "0", "0", "2");

        var report = ReportExtractor.Extract(text).Report!;

        report.Format.Should().Be(ReportFormat.National2021);
        report["requests.otherHandling.total"].Value.Should().Be(2);
        report["requests.otherOther.total"].IsApplicable.Should().BeFalse("a report uses the single row or its sub-rows");
    }

    [Fact]
    public void Extract_LegacyRowNotInTheCatalogue_IsKeptWithItsPrintedLabel()
    {
        var text = string.Join('\n', "某局2016年政府信息公开工作年度报告", "政府信息公开情况统计表", "统计数", "历年累计", "主动公开信息数", "30", "300", "依申请公开信息目录数", "4", "44");

        var result = ReportExtractor.Extract(text);

        var row = result.Report!.LegacyOtherRows.Should().ContainSingle().Subject;
        row.Label.Should().Be("依申请公开信息目录数");
        row.Annual.Value.Should().Be(4);
        row.Cumulative.Value.Should().Be(44);
        result.WithCode(ExtractionCode.RowKeptWithPrintedLabel).Should().ContainSingle();
    }

    [Fact]
    public void Extract_LegacyTableWithoutPeriodHeader_LeavesFiguresBlankAndSaysWhy()
    {
        var text = string.Join('\n', "某局2016年政府信息公开工作年度报告", "政府信息公开情况统计表", "主动公开信息数", "30", "300");

        var result = ReportExtractor.Extract(text);

        result.Report!["legacy.proactive.total.annual"].IsBlank.Should().BeTrue();
        result.WithCode(ExtractionCode.PeriodColumnsUnknown).Should().ContainSingle();
    }
}
