using System.Collections.Immutable;
using FluentAssertions;
using GovDisclosure.Catalog;
using GovDisclosure.Tests.Catalog;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Model;

public sealed class AnnualReportTests
{
    private const string Seed = "000-gaoqiao-township-2018";
    private const string Pingtan2011 = "001-pingtan-county-2011";
    private const string Pingtan2019 = "006-pingtan-zone-2019";
    private const string Huaian2024 = "007-huaian-city-2024";
    private const string Pingtan2024 = "010-pingtan-zone-2024";

    /// <summary>
    /// The key indicators of each sample, in the order of <see cref="KeyIndicator"/>, worked out by hand from the sample's
    /// expected.json (<see langword="null"/>: not applicable — the report cannot give it).
    /// </summary>
    private static readonly Dictionary<string, long?[]> ExpectedIndicators = new()
    {
        // 主动公开文件数 208; 受理 0, 答复 0 (同意 0, 部分 0, 不予 0, 其他类型 0); 行政复议 0; 行政诉讼 0.
        // No 不属于本行政机关/信息不存在 rows, no 被依法纠错 rows, no carried-over or not-processed in legacy tables.
        [Seed] = [208, 0, null, 0, 0, 0, null, null, 0, 0, null, 0, null, 0, null],

        // 主动公开信息数 425; 受理依申请公开信息总数 0; 对申请的答复数 0 (同意 0, 部分 0, 否决 0; no 其他类型 row).
        [Pingtan2011] = [425, 0, null, 0, 0, 0, null, null, null, 0, null, 0, null, 0, null],

        // 新收 23, 结转 0; 予以公开 7, 部分公开 1, 不予公开 0, 无法提供 7+0+5, 不予处理 0+3+0+0+0, （六）其他处理 0; 总计 23; 结转下年 0.
        [Pingtan2019] = [null, 23, 0, 7, 1, 0, 12, 3, 0, 23, 0, 0, 0, 0, 0],

        // 新收 3119, 结转 34; 予以公开 1362, 部分公开 454, 不予公开 2+31+5+6+8+12+9+105, 无法提供 769+11+1,
        // 不予处理 62+25+0+0+1, 其他处理 71+6+110; 总计 3050; 结转下年 103; 复议 351 (纠正 64); 诉讼 26+20 (纠正 4+1).
        [Huaian2024] = [null, 3119, 34, 1362, 454, 178, 781, 88, 187, 3050, 103, 351, 64, 46, 5],

        // 新收 218, 结转 0; 予以公开 71, 部分公开 29, 不予公开 4+0+0+3+32+0+0+0, 无法提供 75+0+0, 不予处理 0+1+0+0+0,
        // 其他处理 1+0+2; 总计 218; 结转下年 0; 复议 7 (纠正 1); 诉讼 0+19 (纠正 0+2).
        [Pingtan2024] = [null, 218, 0, 71, 29, 39, 75, 1, 3, 218, 0, 7, 1, 19, 2],
    };

    public static TheoryData<string> AllCases() => [.. Samples.AllCases];

    public static TheoryData<string> NationalCases() => [.. Samples.NationalCases];

    [Theory]
    [MemberData(nameof(AllCases))]
    public void TypedAccess_EveryCellOfSample_AgreesWithKeyAccess(string id)
    {
        var report = Samples.Report(id);
        var compared = 0;

        compared += CompareTyped(report, "proactive", report.Proactive, (t, r, c) => t[r, c]);
        compared += CompareTyped(report, "requests", report.Requests, (t, r, c) => t[r, c]);
        compared += CompareTyped(report, "reviews", report.Reviews, (t, r, c) => t[r, c]);
        compared += CompareTyped(report, "legacy", report.Legacy, (t, r, c) => t[r, c]);

        compared.Should().Be(report.Definition.Cells.Length, "every cell of the format is reached through a typed table");
    }

    [Fact]
    public void TypedAccess_HuaianGranted_Is1362()
    {
        var report = Samples.Report(Huaian2024);

        report.Requests[RequestRow.Granted, Applicant.Total].Should().Be(CellValue.Of(1362));
        report["requests.granted.total"].Should().Be(CellValue.Of(1362));
        report[CellKey.Parse("requests.granted.total")].Should().Be(CellValue.Of(1362));
        report.Proactive[ProactiveRow.Fees, ProactiveColumn.Amount].ToString().Should().Be("96171.6");
        report.Proactive[ProactiveRow.Penalty, ProactiveColumn.Decisions].Should().Be(CellValue.Of(3985758));
        report.Reviews[ReviewRow.Reconsideration, ReviewColumn.Other].Should().Be(CellValue.Of(178));
    }

    [Fact]
    public void TypedAccess_RowOfTheOtherNationalFormat_IsNotApplicable()
    {
        var report2019 = Samples.Report(Pingtan2019);
        var report2021 = Samples.Report(Pingtan2024);

        report2019.Requests[RequestRow.OtherOther, Applicant.Total].IsApplicable.Should().BeFalse();
        report2019.Proactive[ProactiveRow.Fees, ProactiveColumn.Amount].IsApplicable.Should().BeFalse();
        report2021.Proactive[ProactiveRow.CentralizedProcurement, ProactiveColumn.ProcurementAmount].IsApplicable.Should().BeFalse();
        report2021.Proactive[ProactiveRow.Licensing, ProactiveColumn.Issued].IsApplicable.Should().BeFalse("licensing has only decisions");
        report2021.Requests[RequestRow.OtherHandling, Applicant.Total].IsApplicable.Should().BeFalse("the report prints the three sub-rows");
    }

    [Theory]
    [InlineData(Seed)]
    [InlineData(Pingtan2011)]
    public void TypedAccess_LegacyReportThroughNationalTables_IsNotApplicable(string id)
    {
        var report = Samples.Report(id);

        report.Requests.Exists.Should().BeFalse();
        report.Proactive.Exists.Should().BeFalse();
        report.Reviews.Exists.Should().BeFalse();
        foreach (var row in Enum.GetValues<RequestRow>())
        {
            foreach (var column in Enum.GetValues<Applicant>())
            {
                report.Requests[row, column].IsApplicable.Should().BeFalse();
            }
        }

        report.Reviews[ReviewRow.Reconsideration, ReviewColumn.Total].IsApplicable.Should().BeFalse();
        report.Proactive[ProactiveRow.Regulations, ProactiveColumn.Issued].IsApplicable.Should().BeFalse();
        report.Requests.GetSubtotal(RequestSubtotal.DeniedTotal, Applicant.Total).IsApplicable.Should().BeFalse();
    }

    [Fact]
    public void TypedAccess_NationalReportThroughLegacyTable_IsNotApplicable()
    {
        var report = Samples.Report(Huaian2024);

        report.Legacy.Exists.Should().BeFalse();
        report.Legacy[LegacyIndicator.RequestsTotal, LegacyPeriod.Annual].IsApplicable.Should().BeFalse();
        report.LegacyPeriods.Should().BeEmpty();
    }

    [Fact]
    public void Indexer_SeedLegacyKey_ReadsTheFigure()
    {
        var report = Samples.Report(Seed);

        report["legacy.proactive.total.annual"].Should().Be(CellValue.Of(208));
        report["legacy.proactive.total.cumulative"].Should().Be(CellValue.Of(2758));
        report.Legacy[LegacyIndicator.ProactiveWebsite, LegacyPeriod.Cumulative].Should().Be(CellValue.Of(2624));
        report["legacy.proactive.weibo.annual"].IsApplicable.Should().BeFalse("the seed's table has no 微博 row");
        report["legacy.proactive.total.yearToDate"].IsApplicable.Should().BeFalse("the seed's table has no 本年累计 column");
    }

    [Fact]
    public void Indexer_UnknownTable_ThrowsKeyNotFoundNamingIt()
    {
        var report = Samples.Report(Seed);

        var act = () => report["requests.granted.total"];

        act.Should().Throw<KeyNotFoundException>().WithMessage("*table 'requests'*");
    }

    [Fact]
    public void Indexer_UnknownRow_ThrowsKeyNotFoundNamingIt()
    {
        var report = Samples.Report(Huaian2024);

        var act = () => report["requests.refused.total"];

        act.Should().Throw<KeyNotFoundException>().WithMessage("*row 'refused'*");
    }

    [Fact]
    public void Indexer_UnknownColumn_ThrowsKeyNotFoundNamingIt()
    {
        var report = Samples.Report(Huaian2024);

        var act = () => report["requests.granted.legalPerson"];

        act.Should().Throw<KeyNotFoundException>().WithMessage("*column 'legalPerson'*");
    }

    [Fact]
    public void Indexer_CellOutsideTheRowsBlock_ThrowsKeyNotFoundNamingRowAndColumn()
    {
        var report = Samples.Report(Huaian2024);

        var act = () => report["proactive.licensing.issued"];

        act.Should().Throw<KeyNotFoundException>().WithMessage("*row 'licensing'*no cell in column 'issued'*");
    }

    [Fact]
    public void Indexer_LegacyKeyUnknownIndicator_ThrowsKeyNotFoundNamingIt()
    {
        var report = Samples.Report(Seed);

        var act = () => report["legacy.proactive.tiktok.annual"];

        act.Should().Throw<KeyNotFoundException>().WithMessage("*row 'proactive.tiktok'*");
    }

    [Fact]
    public void Indexer_NotAKey_ThrowsFormatException()
    {
        var report = Samples.Report(Huaian2024);

        var act = () => report["requests.granted"];

        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void TryGetCell_UnknownKey_ReturnsFalse()
    {
        var report = Samples.Report(Huaian2024);

        report.TryGetCell(CellKey.Parse("requests.refused.total"), out _).Should().BeFalse();
        report.TryGetCell(CellKey.Parse("requests.carriedForward.total"), out var value).Should().BeTrue();
        value.Should().Be(CellValue.Of(103));
    }

    [Fact]
    public void IndexerByDefinition_CellOfAnotherFormat_Throws()
    {
        var report = Samples.Report(Huaian2024);
        var cell = FormatCatalog.National2019.GetCell(CellKey.Parse("requests.granted.total"));

        var act = () => report[cell];

        act.Should().Throw<ArgumentException>();
        report[FormatCatalog.National2021.GetCell(CellKey.Parse("requests.granted.total"))].Should().Be(CellValue.Of(1362));
    }

    [Fact]
    public void Subtotals_Huaian_AreTheSumsOfTheirRows()
    {
        var requests = Samples.Report(Huaian2024).Requests;

        requests.GetSubtotal(RequestSubtotal.DeniedTotal, Applicant.Total).Should().Be(CellValue.Of(178));
        requests.GetSubtotal(RequestSubtotal.UnavailableTotal, Applicant.Total).Should().Be(CellValue.Of(781));
        requests.GetSubtotal(RequestSubtotal.NotProcessedTotal, Applicant.Total).Should().Be(CellValue.Of(88));
        requests.GetSubtotal(RequestSubtotal.OtherHandlingTotal, Applicant.Total).Should().Be(CellValue.Of(187));
        requests.GetDerived("noSuchSubtotal", Applicant.Total).IsApplicable.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void KeyIndicators_Sample_AreTheRecordedFigures(string id)
    {
        var report = Samples.Report(id);
        var expected = ExpectedIndicators[id];

        foreach (var indicator in Enum.GetValues<KeyIndicator>())
        {
            var value = report.KeyIndicators[indicator];
            if (expected[(int)indicator] is { } figure)
            {
                value.Should().Be(CellValue.Of(figure), $"{indicator} of {id}");
            }
            else
            {
                value.IsApplicable.Should().BeFalse($"{id} cannot give {indicator}: absent, never 0");
            }
        }

        report.KeyIndicators.AsEnumerable().Select(p => p.Key).Should().Equal(Enum.GetValues<KeyIndicator>());
        report.KeyIndicators.AsEnumerable().Select(p => p.Value).Should().Equal(Enum.GetValues<KeyIndicator>().Select(i => report.KeyIndicators[i]));
    }

    [Fact]
    public void KeyIndicators_HuaianFromItsTables_Agree()
    {
        var report = Samples.Report(Huaian2024);
        var indicators = report.KeyIndicators;

        indicators[KeyIndicator.RequestsReceived].Should().Be(CellValue.Of(3119));
        indicators[KeyIndicator.RequestsCarriedOver].Should().Be(CellValue.Of(34));
        indicators[KeyIndicator.Denied].Should().Be(CellValue.Of(2 + 31 + 5 + 6 + 8 + 12 + 9 + 105));
        indicators[KeyIndicator.Unavailable].Should().Be(CellValue.Of(769 + 11 + 1));
        indicators[KeyIndicator.NotProcessed].Should().Be(CellValue.Of(62 + 25 + 0 + 0 + 1));
        indicators[KeyIndicator.OtherOutcome].Should().Be(CellValue.Of(71 + 6 + 110));
        indicators[KeyIndicator.Lawsuits].Should().Be(CellValue.Of(26 + 20));
        indicators[KeyIndicator.LawsuitsCorrected].Should().Be(CellValue.Of(4 + 1));
        indicators[KeyIndicator.ProactivelyDisclosed].IsApplicable.Should().BeFalse();
    }

    [Fact]
    public void KeyIndicators_BlankOperand_IsBlankNeverZero()
    {
        var report = Samples.Report(Huaian2024).ToBuilder()
            .Set(RequestRow.DeniedStateSecret, Applicant.Total, CellValue.Blank)
            .Set(ReviewRow.LitigationDirect, ReviewColumn.Total, CellValue.Blank)
            .Build();

        report.KeyIndicators[KeyIndicator.Denied].IsBlank.Should().BeTrue();
        report.KeyIndicators[KeyIndicator.Lawsuits].IsBlank.Should().BeTrue();
        report.KeyIndicators[KeyIndicator.Unavailable].Should().Be(CellValue.Of(781));
    }

    [Fact]
    public void KeyIndicators_LegacyUnavailableWhereOnlyOneRowIsReported_IsThatRow()
    {
        var report = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2015, new Agency("某县人民政府"))
            .Set(CellKey.Parse("legacy.responses.notExist.annual"), 4)
            .Build();

        report.KeyIndicators[KeyIndicator.Unavailable].Should().Be(CellValue.Of(4));
    }

    [Fact]
    public void KeyIndicators_SeedAndPingtan2011_ProactivelyDisclosedButNoCarryOver()
    {
        Samples.Report(Seed).KeyIndicators[KeyIndicator.ProactivelyDisclosed].Should().Be(CellValue.Of(208));
        Samples.Report(Seed).KeyIndicators[KeyIndicator.RequestsCarriedOver].IsApplicable.Should().BeFalse();
        Samples.Report(Pingtan2011).KeyIndicators[KeyIndicator.ProactivelyDisclosed].Should().Be(CellValue.Of(425));
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Equals_SameSampleBuiltTwice_AreEqualWithEqualHashCodes(string id)
    {
        var a = Samples.Report(id);
        var b = Samples.Report(id);

        a.Should().NotBeSameAs(b);
        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void ToBuilderBuild_Sample_EqualsTheOriginal(string id)
    {
        var report = Samples.Report(id) with
        {
            SourceUrl = "https://www.example.gov.cn/zfxxgk/ndbg.html",
            Sections = ImmutableSortedDictionary<ReportSection, string>.Empty.Add(ReportSection.Overview, "总体情况"),
            Suppressions = [new Suppression("some.finding", [], "说明")],
        };

        var copy = report.ToBuilder().Build();

        copy.Should().Be(report);
        copy.GetHashCode().Should().Be(report.GetHashCode());
        copy.Cells.Should().Equal(report.Cells);
        copy.LegacyPeriods.Should().Equal(report.LegacyPeriods);
        copy.Breakdowns.Should().Be(report.Breakdowns);
    }

    [Fact]
    public void ToBuilderBuild_ReportWithOtherHandlingAndMoneyUnitAndOtherRow_EqualsTheOriginal()
    {
        var national = AnnualReport.CreateBuilder(ReportFormat.National2021, 2022, new Agency("某区人民政府"))
            .Set(RequestRow.OtherHandling, Applicant.Total, 3)
            .SetMoneyUnit(CellKey.Parse("proactive.fees.amount"), MoneyUnit.Yuan)
            .Build();
        var legacy = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2013, new Agency("某县人民政府"))
            .Set(CellKey.Parse("legacy.requests.total.annual"), 2)
            .AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", CellValue.NotApplicable, CellValue.NotApplicable, CellValue.Of(12)))
            .Build();

        national.ToBuilder().Build().Should().Be(national);
        legacy.ToBuilder().Build().Should().Be(legacy);
        legacy.LegacyPeriods.Should().Equal(LegacyPeriod.Annual, LegacyPeriod.YearToDate);
    }

    [Fact]
    public void Equals_OneCellDiffers_AreNotEqual()
    {
        var report = Samples.Report(Huaian2024);

        var other = report.ToBuilder().Set(RequestRow.Granted, Applicant.NaturalPerson, 1).Build();

        other.Should().NotBe(report);
        report.ToBuilder().Set(RequestRow.Granted, Applicant.NaturalPerson, CellValue.Blank).Build().Should().NotBe(report);
    }

    [Fact]
    public void Equals_SameFigureWithOtherScale_AreEqual()
    {
        var report = Samples.Report(Huaian2024);

        var other = report.ToBuilder().Set(ProactiveRow.Fees, ProactiveColumn.Amount, 96171.60m).Build();

        other.Should().Be(report);
        other.GetHashCode().Should().Be(report.GetHashCode());
    }

    [Fact]
    public void Equals_AgencyDiffers_AreNotEqual()
    {
        var report = Samples.Report(Huaian2024);

        (report with { Agency = new Agency("淮安市人民政府办公室") }).Should().NotBe(report);
        (report with { Agency = report.Agency with { DivisionCode = DivisionCode.Parse("320800") } }).Should().NotBe(report);
    }

    [Fact]
    public void Equals_MetadataDiffers_AreNotEqual()
    {
        var report = Samples.Report(Seed);

        (report with { Year = 2017 }).Should().NotBe(report);
        (report with { PublishedOn = new DateOnly(2019, 1, 23) }).Should().NotBe(report);
        (report with { SourceUrl = "http://www.fjsx.gov.cn/" }).Should().NotBe(report);
        (report with { PublishedOn = new DateOnly(2019, 1, 22) }).Should().Be(report);
    }

    [Fact]
    public void Equals_SectionDiffers_AreNotEqual()
    {
        var report = Samples.Report(Seed) with { Sections = ImmutableSortedDictionary<ReportSection, string>.Empty.Add(ReportSection.Overview, "概述") };

        (report with { Sections = report.Sections.SetItem(ReportSection.Overview, "概述。") }).Should().NotBe(report);
        (report with { Sections = report.Sections.Add(ReportSection.Fees, "无收费") }).Should().NotBe(report);
        (report with { Sections = ImmutableSortedDictionary<ReportSection, string>.Empty.Add(ReportSection.Overview, "概述") }).Should().Be(report);
    }

    [Fact]
    public void Equals_BreakdownDiffers_AreNotEqual()
    {
        var report = Samples.Report(Seed);
        var categories = report.Breakdowns.ProactiveByCategory;

        var changed = report with { Breakdowns = report.Breakdowns with { ProactiveByCategory = categories.SetItem(0, new LabeledCount("机构职能类", 2)) } };
        var reordered = report with { Breakdowns = report.Breakdowns with { ProactiveByCategory = [.. Enumerable.Reverse(categories)] } };

        changed.Should().NotBe(report);
        reordered.Should().NotBe(report, "breakdowns keep the printed order");
        (report with { Breakdowns = ReportBreakdowns.Empty }).Should().NotBe(report);
    }

    [Fact]
    public void Equals_SuppressionDiffers_AreNotEqual()
    {
        var suppression = new Suppression("legacy.categorySum", [], "正文只列举了部分类别");
        var report = Samples.Report(Seed) with { Suppressions = [suppression] };

        (report with { Suppressions = [] }).Should().NotBe(report);
        (report with { Suppressions = [suppression with { Reason = "其他" }] }).Should().NotBe(report);
        (report with { Suppressions = [new Suppression("legacy.categorySum", [], "正文只列举了部分类别")] }).Should().Be(report);
    }

    [Fact]
    public void Equals_MoneyUnitDiffers_AreNotEqual()
    {
        var report = Samples.Report(Pingtan2019);

        var withUnit = report.ToBuilder().SetMoneyUnit(CellKey.Parse("proactive.centralizedProcurement.procurementAmount"), MoneyUnit.Yuan).Build();

        withUnit.Should().NotBe(report);
    }

    [Theory]
    [InlineData(2007)]
    [InlineData(2101)]
    [InlineData(0)]
    public void With_YearOutOfRange_Throws(int year)
    {
        var report = Samples.Report(Seed);

        var act = () => report with { Year = year };

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("reports/2024.html")]
    [InlineData("/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm")]
    [InlineData("www.pingtan.gov.cn/zwgk/")]
    [InlineData("C:\\reports\\2024.html")]
    [InlineData("")]
    public void With_RelativeSourceUrl_Throws(string url)
    {
        var report = Samples.Report(Pingtan2024);

        var act = () => report with { SourceUrl = url };

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm")]
    [InlineData("http://www.fjsx.gov.cn/wzq/xzwz/gqzrmzf/zfxxgkzl/")]
    [InlineData("HTTPS://example.gov.cn/a")]
    public void With_AbsoluteSourceUrl_IsKeptAsWritten(string url)
    {
        var report = Samples.Report(Pingtan2024) with { SourceUrl = url };

        report.SourceUrl.Should().Be(url);
        (report with { SourceUrl = null }).SourceUrl.Should().BeNull();
    }

    [Fact]
    public void With_SectionTheFormatLacks_Throws()
    {
        var report = Samples.Report(Huaian2024);

        var act = () => report with { Sections = ImmutableSortedDictionary<ReportSection, string>.Empty.Add(ReportSection.Fees, "收费情况") };

        act.Should().Throw<ArgumentException>().WithMessage("*national2021*Fees*");
    }

    [Fact]
    public void With_SectionTheFormatHas_IsKept()
    {
        var report = Samples.Report(Seed) with { Sections = ImmutableSortedDictionary<ReportSection, string>.Empty.Add(ReportSection.Fees, "无收费") };

        report.GetSection(ReportSection.Fees).Should().Be("无收费");
        report.GetSection(ReportSection.Overview).Should().BeNull();
    }

    [Fact]
    public void With_SuppressionNamingAnUnknownCell_Throws()
    {
        var report = Samples.Report(Huaian2024);

        var act = () => report with { Suppressions = [new Suppression("requests.balance", [CellKey.Parse("requests.refused.total")], "说明")] };

        act.Should().Throw<ArgumentException>().WithMessage("*row 'refused'*");
    }

    [Fact]
    public void With_SuppressionNamingACellOfAnotherFormat_Throws()
    {
        var report = Samples.Report(Pingtan2019);

        var act = () => report with { Suppressions = [new Suppression("requests.balance", [CellKey.Parse("requests.otherOther.total")], "说明")] };

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void With_NullAgency_Throws()
    {
        var report = Samples.Report(Huaian2024);

        var act = () => report with { Agency = null! };

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void With_DefaultSuppressions_AreEmpty()
    {
        var report = Samples.Report(Huaian2024) with { Suppressions = default };

        report.Suppressions.IsDefault.Should().BeFalse();
        report.Suppressions.Should().BeEmpty();
        report.Should().Be(Samples.Report(Huaian2024));
    }

    [Fact]
    public void With_Change_LeavesTheOriginalUnchanged()
    {
        var report = Samples.Report(Huaian2024);

        _ = report with { Year = 2023, SourceUrl = "https://www.huaian.gov.cn/" };

        report.Year.Should().Be(2024);
        report.SourceUrl.Should().BeNull();
    }

    [Fact]
    public void GetMoneyUnit_FeesAmount_IsTenThousandYuanUnlessStated()
    {
        var report = Samples.Report(Huaian2024);

        report.GetMoneyUnit(CellKey.Parse("proactive.fees.amount")).Should().Be(MoneyUnit.TenThousandYuan);
        report.GetMoneyUnit(CellKey.Parse("requests.granted.total")).Should().BeNull("a count has no unit");
        report.MoneyUnits.Should().BeEmpty();
    }

    [Fact]
    public void GetMoneyUnit_ProcurementAmountWithoutStatedUnit_IsNull()
    {
        Samples.Report(Pingtan2019).GetMoneyUnit(CellKey.Parse("proactive.centralizedProcurement.procurementAmount")).Should().BeNull();
    }

    [Fact]
    public void LegacyPeriods_Seed_AreAnnualAndCumulative()
    {
        Samples.Report(Seed).LegacyPeriods.Should().Equal(LegacyPeriod.Annual, LegacyPeriod.Cumulative);
        Samples.Report(Pingtan2011).LegacyPeriods.Should().Equal(LegacyPeriod.Annual, LegacyPeriod.Cumulative);
    }

    [Fact]
    public void FindTable_ByKey_ReadsCells()
    {
        var report = Samples.Report(Pingtan2024);

        var table = report.FindTable("reviews")!.Value;

        table["litigationAfterReconsideration", "total"].Should().Be(CellValue.Of(19));
        report.FindTable("legacy").Should().BeNull();
        var act = () => table["litigation", "total"];
        act.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void ToString_Report_NamesAgencyYearAndFormat()
    {
        Samples.Report(Seed).ToString().Should().Be("沙县高桥镇人民政府 2018 (legacy)");
    }

    private static int CompareTyped<TRow, TColumn>(
        AnnualReport report,
        string tableKey,
        ReportTable<TRow, TColumn> table,
        Func<ReportTable<TRow, TColumn>, TRow, TColumn, CellValue> read)
        where TRow : struct, Enum
        where TColumn : struct, Enum
    {
        var compared = 0;
        foreach (var row in Enum.GetValues<TRow>())
        {
            foreach (var column in Enum.GetValues<TColumn>())
            {
                var key = new CellKey(tableKey, KeyOf(row), KeyOf(column));
                var typed = read(table, row, column);
                if (report.TryGetCell(key, out var byKey))
                {
                    typed.Should().Be(byKey, key.ToString());
                    typed.State.Should().Be(byKey.State, key.ToString());
                    report[key.ToString()].Should().Be(byKey);
                    compared++;
                }
                else
                {
                    typed.IsApplicable.Should().BeFalse($"{key} is not a cell of {report.Definition.Key}");
                }
            }
        }

        return compared;
    }

    /// <summary>The key of an enum member: the member name in camel case, with legacy indicators split at their family.</summary>
    private static string KeyOf<T>(T member)
        where T : struct, Enum
    {
        var name = member.ToString();
        if (typeof(T) == typeof(LegacyIndicator))
        {
            return FormatsSpec.LegacyIndicators.Single(k => FormatsSpec.Pascal(k) == name);
        }

        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
