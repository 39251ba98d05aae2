using System.Text;
using FluentAssertions;
using GovDisclosure.Validation;

namespace GovDisclosure.Extraction.Tests;

/// <summary>Each input kind, on small table parts written for these tests (labels and figures, not report texts).</summary>
public sealed class InputKindTests
{
    private const string Title = "某县人民政府2024年政府信息公开工作年度报告";

    [Fact]
    public void Extract_FlattenedText_ReadsOneCellPerLineWithBlankCellsAndSplitLabels()
    {
        var text = string.Join('\n',
            Title,
            "二、主动公开政府信息情况",
            "第二十条第（一）项",
            "信息内容",
            "本年制发件数",
            "本年废止件数",
            "现行有效件数",
            "规章",
            "2",
            "\u00a0",
            "１５",
            "行政规范性文件",
            "1,204",
            "/",
            "3 000",
            "三、收到和处理政府信息公开申请情况",
            "一、本年新收政府信息公开申请数量",
            "5", "1", "0", "0", "0", "0", "6",
            "（二）部分公开（区分处理的，只计这一情",
            "形，不计其他情形）",
            "1", "0", "0", "0", "0", "0", "1");

        var result = ReportExtractor.Extract(text);

        result.Input.Should().Be(InputKind.Text);
        var report = result.Report!;
        report.Format.Should().Be(ReportFormat.National2021);
        report.Agency.Name.Should().Be("某县人民政府");
        report["proactive.regulations.issued"].Value.Should().Be(2);
        report["proactive.regulations.repealed"].IsBlank.Should().BeTrue("a no-break-space line is a blank cell");
        report["proactive.regulations.inForce"].Value.Should().Be(15, "full-width digits are digits");
        report["proactive.normativeDocuments.issued"].Value.Should().Be(1204);
        report["proactive.normativeDocuments.repealed"].IsBlank.Should().BeTrue();
        report["proactive.normativeDocuments.inForce"].IsBlank.Should().BeTrue("'3 000' is not a figure");
        result.WithCode(ExtractionCode.CellNotNumber).Should().ContainSingle().Which.Cells.Should().Equal(CellKey.Parse("proactive.normativeDocuments.inForce"));
        result.WithCode(ExtractionCode.PrintedBlank).Should().ContainSingle().Which.PrintedLabel.Should().Be("行政规范性文件");
        report["requests.newlyReceived.commercialEnterprise"].Value.Should().Be(1);
        report["requests.partiallyGranted.total"].Value.Should().Be(1, "a label broken over two lines is joined");
        result.WithCode(ExtractionCode.RowNotFound).Should().Contain(d => d.PrintedLabel == "（一）予以公开");
    }

    [Fact]
    public void Extract_FlattenedTextWithEmptyLineSeparators_CountsBlankCellsFromTheGaps()
    {
        var text = string.Join('\n', "某镇人民政府2015年政府信息公开工作年度报告", string.Empty, "政府信息公开情况统计表", string.Empty, "本年", string.Empty, "历年累计", string.Empty,
            "主动公开信息数", string.Empty, "12", string.Empty, "340", string.Empty,
            "受理政府信息公开申请总数", string.Empty, string.Empty, string.Empty, "7", string.Empty,
            "行政复议数", string.Empty, "0", string.Empty, "0");

        var report = ReportExtractor.Extract(text).Report!;

        report["legacy.proactive.total.annual"].Value.Should().Be(12);
        report["legacy.proactive.total.cumulative"].Value.Should().Be(340);
        report["legacy.requests.total.annual"].IsBlank.Should().BeTrue("three empty lines between separators hold one blank cell");
        report["legacy.requests.total.cumulative"].Value.Should().Be(7);
    }

    [Fact]
    public void Extract_FlattenedTextWithTooFewCells_LeavesTheRowBlank()
    {
        var text = string.Join('\n', Title, "三、收到和处理政府信息公开申请情况", "二、上年结转政府信息公开申请数量", "3", "0", "3", "（一）予以公开", "0", "0", "0", "0", "0", "0", "0");

        var result = ReportExtractor.Extract(text);

        result.Report!["requests.carriedOver.total"].IsBlank.Should().BeTrue();
        var diagnostic = result.WithCode(ExtractionCode.CellCountMismatch).Should().ContainSingle().Subject;
        diagnostic.PrintedLabel.Should().Be("二、上年结转政府信息公开申请数量");
        diagnostic.Cells.Should().HaveCount(7);
        diagnostic.Severity.Should().Be(Severity.Warning);
    }

    [Fact]
    public void Extract_LayoutText_JoinsWrappedLabelsAcrossPageBreaksAndSplitGroupLabels()
    {
        var text = string.Join('\n',
            "              某市人民政府",
            "     2023 年政府信息公开工作年度报告",
            "      三、收到和处理政府信息公开申请情况",
            "                                                   申请人情况",
            "（本列数据的勾稽关系为：第一项加第二项之和，           法人或其他组织",
            "等于第三项加第四项之和）",
            "                              自然人                                   总计",
            "                                     商业企      科研机     社会公益     法律服务",
            "                                                                            其他",
            "                                     业        构       组织       机构",
            "一、本年新收政府信息公开申请数量          40        2       0        0       1       0    43",
            "             1.属于国家秘密            1          0        0        0        0    0    1",
            "三、",
            "本            2.其他法律行政法规禁止公开     3          0        0        0        0    0    3",
            "年",
            "      （四）无",
            "                                          -7-",
            "\f     法提供       2.没有现成信息需要另行制作           4        0        0         0        0         0    4",
            "               5.要求行政机关确认或重新出",
            "                                        2         0        0         0        0         0    2",
            "               具已获取信息",
            "     （七）总计                           30        2        0         0        1        0    33",
            "     四、政府信息公开行政复议、行政诉讼情况",
            "结果   结果    其他结    尚未",
            "维持   纠正    果      审结     总计",
            "1   2    3    0    7   0    0        0        0        0   1   1     0    0       2");

        var result = ReportExtractor.Extract(text);

        result.Input.Should().Be(InputKind.Layout);
        var report = result.Report!;
        report.Year.Should().Be(2023);
        report.Agency.Name.Should().Be("某市人民政府");
        report["requests.newlyReceived.total"].Value.Should().Be(43);
        report["requests.deniedProhibitedByLaw.naturalPerson"].Value.Should().Be(3);
        report["requests.unavailableNeedsCreation.total"].Value.Should().Be(4, "the page number and form feed inside the table are skipped");
        report["requests.notProcessedConfirmation.total"].Value.Should().Be(2, "a label wrapped around its figures is joined");
        report["requests.resultsTotal.total"].Value.Should().Be(33);
        report["reviews.reconsideration.total"].Value.Should().Be(7, "the printed figure is kept");
        report["reviews.litigationAfterReconsideration.total"].Value.Should().Be(2);
        var failure = result.WithCode(ExtractionCode.RelationFails).Should().ContainSingle().Subject;
        failure.Finding!.RelationId.Should().Be("reviews.total.reconsideration");
        failure.Cells.Should().Contain(CellKey.Parse("reviews.reconsideration.total"));
        result.Tables.Single(t => t.Table == "reviews").RelationsFailed.Should().Be(1);
    }

    [Fact]
    public void Extract_Markdown_ReadsPipeTables()
    {
        var text = string.Join('\n',
            "# 某区人民政府2020年政府信息公开工作年度报告",
            string.Empty,
            "## 二、主动公开政府信息情况",
            string.Empty,
            "| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
            "| --- | ---: | ---: | ---: |",
            "| 行政许可 | 120 | -3 | 88 |",
            "| 行政处罚 | 40 | +2 | 1,020 |",
            string.Empty,
            "| 信息内容 | 采购项目数量 | 采购总金额 |",
            "| --- | ---: | ---: |",
            "| 政府集中采购 | 12 | 251000元 |");

        var result = ReportExtractor.Extract(text);

        result.Input.Should().Be(InputKind.Markdown);
        var report = result.Report!;
        report.Format.Should().Be(ReportFormat.National2019);
        report["proactive.licensing.itemChange"].Value.Should().Be(-3);
        report["proactive.penalty.itemChange"].Value.Should().Be(2);
        report["proactive.penalty.decisions"].Value.Should().Be(1020);
        report["proactive.centralizedProcurement.procurementAmount"].Value.Should().Be(251000);
        report.MoneyUnits[CellKey.Parse("proactive.centralizedProcurement.procurementAmount")].Should().Be(MoneyUnit.Yuan);
        result.WithCode(ExtractionCode.UnitInCell).Should().ContainSingle();
    }

    [Fact]
    public void Extract_HtmlWithRowspanAndColspan_ExpandsTheGrid()
    {
        var result = ReportExtractor.Extract(HtmlFixture("utf-8"));

        result.Input.Should().Be(InputKind.Html);
        AssertHtmlFixture(result);
    }

    [Fact]
    public void Extract_Gb18030Bytes_ReadsTheCharsetFromTheMetaElement()
    {
        var encoding = Encoding.GetEncoding("GB18030");
        using var stream = new MemoryStream(encoding.GetBytes(HtmlFixture("gb2312")));

        var result = ReportExtractor.Extract(stream, new ExtractionOptions { Input = InputKind.Html });

        AssertHtmlFixture(result);
        result.WithCode(ExtractionCode.EncodingFallback).Should().BeEmpty();
    }

    [Fact]
    public void Extract_GbkBytesWithoutCharset_FallsBackToGb18030WithADiagnostic()
    {
        var encoding = Encoding.GetEncoding("GB18030");
        using var stream = new MemoryStream(encoding.GetBytes(HtmlFixture(null)));

        var result = ReportExtractor.Extract(stream);

        AssertHtmlFixture(result);
        result.WithCode(ExtractionCode.EncodingFallback).Should().ContainSingle();
    }

    [Theory]
    [InlineData("utf-7")] // .NET refuses it (NotSupportedException); a browser does not read it either
    [InlineData("utf-16")] // an ASCII-compatible page cannot be UTF-16; one that is starts with its byte order mark
    [InlineData("x-no-such-charset")]
    public void Extract_PageNamingACharsetThatIsNotRead_ReadsItAsUtf8NamingTheCharset(string charset)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(HtmlFixture(charset)));

        var result = ReportExtractor.Extract(stream);

        AssertHtmlFixture(result);
        result.WithCode(ExtractionCode.EncodingFallback).Should().ContainSingle()
            .Which.Message.Should().Be($"the page names the charset '{charset}', which is not read; read as UTF-8 (the bytes are valid UTF-8).");
    }

    [Fact]
    public void Extract_GbkBytesNamingACharsetThatIsNotRead_FallsBackToGb18030NamingTheCharset()
    {
        using var stream = new MemoryStream(Encoding.GetEncoding("GB18030").GetBytes(HtmlFixture("utf-7")));

        var result = ReportExtractor.Extract(stream);

        AssertHtmlFixture(result);
        result.WithCode(ExtractionCode.EncodingFallback).Should().ContainSingle()
            .Which.Message.Should().Be("the page names the charset 'utf-7', which is not read, and is not valid UTF-8; read as GB18030.");
    }

    [Fact]
    public void Extract_Utf8BytesWithByteOrderMark_AreRead()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(HtmlFixture(null))]);

        AssertHtmlFixture(ReportExtractor.Extract(stream));
    }

    [Fact]
    public void Extract_RunTogetherLegacyRows_RecoversOnlyWhatTheRelationsDecide()
    {
        var text = "标题: 某乡人民政府2012年政府信息公开工作年度报告\n"
            + "附件：政府信息公开情况统计表 指标名称计量单位2012年度历年累计主动公开信息数条3012900其中：1.网站公开条2512002.政府公报公开条77受理政府信息公开申请总数条11";

        var result = ReportExtractor.Extract(text);

        var report = result.Report!;
        report["legacy.proactive.gazette.annual"].Value.Should().Be(7);
        report["legacy.requests.total.annual"].Value.Should().Be(1);
        report["legacy.requests.total.cumulative"].Value.Should().Be(1);
        var ambiguous = result.WithCode(ExtractionCode.AmbiguousRow).ToList();
        ambiguous.Should().NotBeEmpty("301/2900 and 30/12900 both keep the website row within the total");
        ambiguous.SelectMany(d => d.Cells).Should().Contain(CellKey.Parse("legacy.proactive.total.annual"));
        report["legacy.proactive.total.annual"].IsBlank.Should().BeTrue();
    }

    [Fact]
    public void Extract_RunTogetherRowWithTooFewDigits_SaysNoSplitFits()
    {
        var text = Title + "\n三、收到和处理政府信息公开申请情况（本列数据…）一、本年新收政府信息公开申请数量12345";

        var result = ReportExtractor.Extract(text);

        result.WithCode(ExtractionCode.NoSplitFits).Should().ContainSingle().Which.Cells.Should().HaveCount(7);
    }

    [Fact]
    public void Extract_TextWithoutTitle_GivesNoReportAndSaysWhy()
    {
        var result = ReportExtractor.Extract("规章\n1\n0\n2");

        result.HasReport.Should().BeFalse();
        result.WithSeverity(Severity.Error).Should().ContainSingle().Which.Code.Should().Be(ExtractionCode.YearNotFound);
    }

    [Fact]
    public void Extract_TitleWithoutTables_GivesNoReport()
    {
        var result = ReportExtractor.Extract(Title + "\n一、总体情况\n今年工作取得成效。");

        result.HasReport.Should().BeFalse();
        result.WithCode(ExtractionCode.NoReport).Should().ContainSingle();
    }

    [Fact]
    public void Extract_OptionsGiveYearAndAgency_AreUsed()
    {
        var result = ReportExtractor.Extract("三、收到和处理政府信息公开申请情况\n（七）总计\n1\n0\n0\n0\n0\n0\n1", new ExtractionOptions { Year = 2022, AgencyName = "某局", Source = "x.txt" });

        result.Report!.Agency.Name.Should().Be("某局");
        result.Report.Year.Should().Be(2022);
        result.Report["requests.resultsTotal.total"].Value.Should().Be(1);
        result.Diagnostics.Should().OnlyContain(d => d.Source == "x.txt");
    }

    [Fact]
    public void Extract_LayoutRowWithBlankCells_PlacesFiguresUnderTheirColumns()
    {
        var text = string.Join('\n',
            "              某市人民政府",
            "     2023 年政府信息公开工作年度报告",
            "      三、收到和处理政府信息公开申请情况",
            "一、本年新收政府信息公开申请数量          40        2       0        0       1       0    43",
            "二、上年结转政府信息公开申请数量           5                                              5",
            "      （一）予以公开                   7        1                                 9");

        var result = ReportExtractor.Extract(text, new ExtractionOptions { Input = InputKind.Layout });

        var report = result.Report!;
        report["requests.carriedOver.naturalPerson"].Value.Should().Be(5);
        report["requests.carriedOver.commercialEnterprise"].IsBlank.Should().BeTrue("nothing is printed under it");
        report["requests.carriedOver.total"].Value.Should().Be(5);
        report["requests.granted.total"].IsBlank.Should().BeTrue("9 stands between two columns: not placed");
        result.WithCode(ExtractionCode.CellCountMismatch).Should().ContainSingle().Which.PrintedLabel.Should().Be("（一）予以公开");
    }

    [Fact]
    public void Extract_TextCopiedFromATableWithTabs_ReadsEachRow()
    {
        var text = string.Join('\n', Title, "二、主动公开政府信息情况", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t1\t0\t11", "行政规范性文件\t8\t26\t66");

        var result = ReportExtractor.Extract(text);

        result.Report!["proactive.regulations.inForce"].Value.Should().Be(11);
        result.Report["proactive.normativeDocuments.repealed"].Value.Should().Be(26);
        result.WithCode(ExtractionCode.AmbiguousRow).Should().BeEmpty("tabs and spaces separate cells");
    }

    [Fact]
    public void Extract_TableWithoutItsSectionHeading_IsFoundByItsOwnHeader()
    {
        var text = string.Join('\n', Title, "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "1", "0", "4");

        var report = ReportExtractor.Extract(text).Report!;

        report["proactive.regulations.inForce"].Value.Should().Be(4, "a short label is read inside the table its header names");
    }

    [Fact]
    public void Extract_ShortLabelOutsideItsTable_IsNotRead()
    {
        var text = string.Join('\n', Title, "一、总体情况", "规章", "1", "0", "4", "三、收到和处理政府信息公开申请情况", "（七）总计", "1", "0", "0", "0", "0", "0", "1");

        var report = ReportExtractor.Extract(text).Report!;

        report["proactive.regulations.inForce"].IsBlank.Should().BeTrue("'规章' in the overview is not 表二's row");
        report["requests.resultsTotal.total"].Value.Should().Be(1);
    }

    private static string HtmlFixture(string? charset) =>
        "<!DOCTYPE html><html><head>" + (charset is null ? string.Empty : $"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">")
        + "<title>某县人民政府2022年政府信息公开工作年度报告</title></head><body>"
        + "<h1>某县人民政府2022年政府信息公开工作年度报告</h1><p>发布日期：2023-01-20</p>"
        + "<p>三、收到和处理政府信息公开申请情况</p><table>"
        + "<tr><td rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=\"7\">申请人情况</td></tr>"
        + "<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>"
        + "<tr><td><p>商业</p><p>企业</p></td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"
        + "<tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>9</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>10</td></tr>"
        + "<tr><td rowspan=\"4\">三、本年度办理结果</td><td colspan=\"2\">（一）予以公开</td><td>4</td><td>1</td><td>0</td><td>0</td><td>0</td><td></td><td>5</td></tr>"
        + "<tr><td rowspan=\"3\">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"
        + "<tr><td>2.其他法律行政法规禁止公开</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>"
        + "<tr><td>3.危及“三安全一稳定”</td><td>—</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>"
        + "</table><p>四、政府信息公开行政复议、行政诉讼情况</p><table>"
        + "<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>"
        + "<tr><td rowspan=\"2\">结果维持</td><td rowspan=\"2\">结果纠正</td><td rowspan=\"2\">其他结果</td><td rowspan=\"2\">尚未审结</td><td rowspan=\"2\">总计</td><td colspan=\"5\">未经复议直接起诉</td><td colspan=\"5\">复议后起诉</td></tr>"
        + "<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>"
        + "<tr><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td><td>0</td><td>2</td></tr>"
        + "</table><p>某县人民政府</p><p>2023年1月20日</p></body></html>";

    private static void AssertHtmlFixture(ExtractionResult result)
    {
        var report = result.Report!;
        report.Agency.Name.Should().Be("某县人民政府");
        report.Year.Should().Be(2022);
        report.PublishedOn.Should().Be(new DateOnly(2023, 1, 20));
        report["requests.newlyReceived.naturalPerson"].Value.Should().Be(9);
        report["requests.newlyReceived.commercialEnterprise"].Value.Should().Be(1);
        report["requests.newlyReceived.total"].Value.Should().Be(10);
        report["requests.granted.otherOrganization"].IsBlank.Should().BeTrue("an empty cell is blank, not 0");
        report["requests.granted.total"].Value.Should().Be(5);
        report["requests.deniedProhibitedByLaw.total"].Value.Should().Be(1);
        report["requests.deniedEndangersSecurity.naturalPerson"].IsBlank.Should().BeTrue();
        report["reviews.reconsideration.total"].Value.Should().Be(1);
        report["reviews.litigationAfterReconsideration.other"].Value.Should().Be(2);
    }
}
