using FluentAssertions;
using GovDisclosure.Validation;
using static GovDisclosure.Tests.Validation.RuleTestKit;

namespace GovDisclosure.Tests.Validation;

/// <summary>The completeness rules (GD0601–GD0603): the tables and sections a national format requires.</summary>
public sealed class CompletenessRuleTests
{
    [Fact]
    public void Validate_HuaianReviewsTableAllBlank_GivesTableMissingErrorAndCannotCheck()
    {
        var report = Sample(Huaian2024).Change(b =>
        {
            foreach (var cell in b.Definition.FindTable("reviews")!.Cells)
            {
                b[cell.Key] = CellValue.Blank;
            }
        });

        var result = Validate(report);

        result.Codes().Should().Equal(RuleCodes.TableMissing, RuleCodes.CannotCheck, RuleCodes.CannotCheck, RuleCodes.CannotCheck);
        var finding = result.Findings[0];
        finding.Severity.Should().Be(Severity.Error);
        finding.GetArgument("table").Should().Be("四、政府信息公开行政复议、行政诉讼情况");
        finding.GetMessage().Should().Be("缺少“四、政府信息公开行政复议、行政诉讼情况”：该表所有单元格均为空白。");
        finding.GetMessage(DisplayLanguage.English).Should().Be("'IV. Administrative reconsideration and litigation' is missing: every cell is blank.");
        result.Findings.Skip(1).Select(f => f.RelationId).Should().Equal(
            "reviews.total.reconsideration", "reviews.total.litigationDirect", "reviews.total.litigationAfterReconsideration");
    }

    [Fact]
    public void Validate_Pingtan2019ProactiveTableAllBlank_GivesTableMissingError()
    {
        var report = Sample(Pingtan2019).Change(b =>
        {
            foreach (var cell in b.Definition.FindTable("proactive")!.Cells)
            {
                b[cell.Key] = CellValue.Blank;
            }
        });

        var result = Validate(report);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.TableMissing);
        finding.GetMessage().Should().Be("缺少“二、主动公开政府信息情况”：该表所有单元格均为空白。");
    }

    [Fact]
    public void Validate_NewNationalReportWithoutFigures_GivesTableMissingForEveryTable()
    {
        var report = WithSections(AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, new Agency("淮安市人民政府")).Build());

        var result = Validate(report);

        result.WithCode(RuleCodes.TableMissing).Select(f => f.GetArgument("table", DisplayLanguage.English)).Should().Equal(
            "II. Proactive disclosure", "III. Requests received and handled", "IV. Administrative reconsideration and litigation");
        result.Codes().Except([RuleCodes.TableMissing]).Should().OnlyContain(c => c == RuleCodes.CannotCheck);
    }

    [Fact]
    public void Validate_Pingtan2019ReviewsTableAllZero_IsNotMissing()
    {
        // 平潭 2019 printed 0 in every cell of 表四: a table of zeros is reported, not missing.
        var report = Sample(Pingtan2019);

        report.Definition.FindTable("reviews")!.Cells.Select(c => report[c]).Should().OnlyContain(v => v == CellValue.Of(0));
        Validate(report).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_TableWithOneFigure_IsNotMissing()
    {
        var report = Sample(Huaian2024).Change(b =>
        {
            foreach (var cell in b.Definition.FindTable("reviews")!.Cells)
            {
                b[cell.Key] = CellValue.Blank;
            }

            b["reviews.reconsideration.total"] = 351;
        });

        Validate(report).WithCode(RuleCodes.TableMissing).Should().BeEmpty();
    }

    [Fact]
    public void Validate_HuaianWithoutSectionSix_GivesSectionMissingWarning()
    {
        var report = Sample(Huaian2024).Change(b => b.SetSection(ReportSection.OtherMatters, null));

        var result = Validate(report);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.SectionMissing);
        finding.Severity.Should().Be(Severity.Warning);
        finding.GetMessage().Should().Be("缺少“六、其他需要报告的事项”部分。");
        finding.GetMessage(DisplayLanguage.English).Should().Be("Section 'VI. Other matters to report' is missing.");
    }

    [Fact]
    public void Validate_Pingtan2019WithOnlyTheOverview_GivesSectionMissingForTheOtherFive()
    {
        var report = WithoutSections(Pingtan2019).Change(b => b.SetSection(ReportSection.Overview, "一、总体情况"));

        var result = Validate(report);

        result.Codes().Should().Equal(Enumerable.Repeat(RuleCodes.SectionMissing, 5));
        result.Findings.Select(f => f.GetArgument("section")).Should().Equal(
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
            "五、政府信息公开工作存在的主要问题及改进情况",
            "六、其他需要报告的事项");
    }

    [Theory]
    [InlineData(Pingtan2019, "national2019")]
    [InlineData(Huaian2024, "national2021")]
    [InlineData(Pingtan2024, "national2021")]
    public void Validate_NationalReportWithoutSections_GivesSectionsNotRecordedInfo(string id, string format)
    {
        var result = Validate(WithoutSections(id));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.SectionsNotRecorded);
        finding.Severity.Should().Be(Severity.Info);
        finding.GetMessage().Should().Be($"报告未记录正文各部分，未核对 {format} 格式要求的 6 个部分。");
        finding.GetMessage(DisplayLanguage.English).Should().Be($"The report carries no section text; the 6 sections of the {format} format were not checked.");
        result.IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(Seed)]
    [InlineData(Pingtan2011)]
    public void Validate_LegacyReport_HasNoCompletenessFinding(string id)
    {
        var report = WithoutSections(id);

        report.Sections.Should().BeEmpty();
        Validate(report).Codes().Should().NotContain([RuleCodes.TableMissing, RuleCodes.SectionMissing, RuleCodes.SectionsNotRecorded]);
    }

    [Fact]
    public void Validate_LegacyReportWithSomeSections_HasNoSectionMissingFinding()
    {
        var report = WithoutSections(Pingtan2011).Change(b => b.SetSection(ReportSection.Overview, "概述"));

        Validate(report).Findings.Should().BeEmpty();
    }

    private static AnnualReport WithoutSections(string id) => TestData.Samples.Report(id);
}
