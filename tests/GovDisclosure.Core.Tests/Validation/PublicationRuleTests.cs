using FluentAssertions;
using GovDisclosure.Validation;
using static GovDisclosure.Tests.Validation.RuleTestKit;

namespace GovDisclosure.Tests.Validation;

/// <summary>The publication-date rules (GD0501–GD0503) and their configurable deadlines.</summary>
public sealed class PublicationRuleTests
{
    private static readonly Agency CityGovernment = new("淮安市人民政府") { Level = AgencyLevel.Prefectural, Kind = AgencyKind.Government };
    private static readonly Agency CountyDepartment = new("淮安市淮安区司法局") { Level = AgencyLevel.County, Kind = AgencyKind.Department };

    // ---------------------------------------------------------------------------------------------------------------
    // GD0501 published in the reporting year
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_PublishedOn31DecemberOfTheReportingYear_GivesTooEarlyError()
    {
        var result = Validate(Published(Sample(Huaian2024), CityGovernment, new DateOnly(2024, 12, 31)));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.PublishedTooEarly);
        finding.Severity.Should().Be(Severity.Error);
        finding.Cells.Should().BeEmpty();
        finding.GetMessage().Should().Be("发布日期 2024-12-31 不晚于报告年度 2024 的 12 月 31 日。");
        finding.GetMessage(DisplayLanguage.English).Should().Be("Published on 2024-12-31, not after 31 December of the reporting year 2024.");
    }

    [Fact]
    public void Validate_PublishedBeforeTheReportingYear_GivesTooEarlyErrorOnly()
    {
        var result = Validate(Published(Sample(Huaian2024), CityGovernment, new DateOnly(2023, 6, 1)));

        result.Codes().Should().Equal(RuleCodes.PublishedTooEarly);
    }

    [Fact]
    public void Validate_PublishedOn1JanuaryAfterTheReportingYear_GivesNoFinding()
    {
        Validate(Published(Sample(Huaian2024), CityGovernment, new DateOnly(2025, 1, 1))).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_SeedPublishedOn22January2019_GivesNoPublicationFinding()
    {
        var report = Sample(Seed);

        report.PublishedOn.Should().Be(new DateOnly(2019, 1, 22));
        Validate(report).Codes().Should().Equal(RuleCodes.LegacyCategorySum);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // GD0502 late
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_GovernmentPublishedAfter31March_GivesLateWarning()
    {
        var result = Validate(Published(Sample(Huaian2024), CityGovernment, new DateOnly(2025, 4, 1)));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.PublishedLate);
        finding.Severity.Should().Be(Severity.Warning);
        finding.GetArgument("deadline").Should().Be("2025-03-31");
        finding.GetMessage().Should().Be("发布日期 2025-04-01 晚于发布期限 2025-03-31（人民政府及其他报告单位）。");
        finding.GetMessage(DisplayLanguage.English).Should().Be(
            "Published on 2025-04-01, after the deadline 2025-03-31 (people's governments and other agencies).");
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_GovernmentPublishedOn31March_IsInTime()
    {
        Validate(Published(Sample(Huaian2024), CityGovernment, new DateOnly(2025, 3, 31))).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_CountyDepartmentPublishedAfter31January_GivesLateWarning()
    {
        var result = Validate(Published(Sample(Huaian2024), CountyDepartment, new DateOnly(2025, 2, 1)));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.PublishedLate);
        finding.GetMessage().Should().Be("发布日期 2025-02-01 晚于发布期限 2025-01-31（县级以上人民政府部门）。");
        finding.GetMessage(DisplayLanguage.English).Should().Be(
            "Published on 2025-02-01, after the deadline 2025-01-31 (departments of people's governments at or above county level).");
    }

    [Theory]
    [InlineData(AgencyLevel.National)]
    [InlineData(AgencyLevel.Provincial)]
    [InlineData(AgencyLevel.Prefectural)]
    [InlineData(AgencyLevel.County)]
    public void Validate_DepartmentAtOrAboveCountyLevelPublishedOn31January_IsInTime(AgencyLevel level)
    {
        var agency = CountyDepartment with { Level = level };

        Validate(Published(Sample(Pingtan2024), agency, new DateOnly(2025, 1, 31))).Findings.Should().BeEmpty();
        Validate(Published(Sample(Pingtan2024), agency, new DateOnly(2025, 2, 1))).Codes().Should().Equal(RuleCodes.PublishedLate);
    }

    [Theory]
    [InlineData(AgencyKind.Department, AgencyLevel.Township)] // not a department "at or above county level"
    [InlineData(AgencyKind.Department, null)] // level unknown
    [InlineData(null, AgencyLevel.County)] // kind unknown
    [InlineData(null, null)]
    [InlineData(AgencyKind.Government, AgencyLevel.County)]
    public void Validate_NotACountyOrHigherDepartment_HasTheLaterDeadline(AgencyKind? kind, AgencyLevel? level)
    {
        var agency = new Agency("平潭综合实验区管委会办公室") { Kind = kind, Level = level };

        Validate(Published(Sample(Pingtan2024), agency, new DateOnly(2025, 3, 31))).Findings.Should().BeEmpty();
        var late = Validate(Published(Sample(Pingtan2024), agency, new DateOnly(2025, 4, 1)));
        late.Codes().Should().Equal(RuleCodes.PublishedLate);
        late.Findings[0].GetArgument("deadline").Should().Be("2025-03-31");
    }

    [Fact]
    public void Validate_LegacyPublishedAfter31March_GivesLateWarning()
    {
        var report = Sample(Seed).Change(b => b.PublishedOn = new DateOnly(2019, 4, 1));

        var result = Validate(report);

        result.Codes().Should().Equal(RuleCodes.PublishedLate, RuleCodes.LegacyCategorySum);
        result.Findings[0].GetMessage().Should().Be("发布日期 2019-04-01 晚于发布期限 2019-03-31（2008–2018 年度报告）。");
        result.Findings[0].GetMessage(DisplayLanguage.English).Should().Be("Published on 2019-04-01, after the deadline 2019-03-31 (reports on 2008–2018).");
    }

    [Fact]
    public void Validate_LegacyCountyDepartmentPublishedOn31March_HasTheLegacyDeadline()
    {
        var report = Published(Sample(Pingtan2011), CountyDepartment, new DateOnly(2012, 3, 31));

        Validate(report).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_StricterLocalGovernmentDeadline_GivesLateWarningWithThatDeadline()
    {
        var options = ValidationTestKit.Options with { Deadlines = PublicationDeadlines.Regulations with { Governments = new MonthDay(2, 28) } };
        var report = Published(Sample(Huaian2024), CityGovernment, new DateOnly(2025, 3, 1));

        var result = Validate(report, options);

        result.Codes().Should().Equal(RuleCodes.PublishedLate);
        result.Findings[0].GetArgument("deadline").Should().Be("2025-02-28");
        Validate(report).Findings.Should().BeEmpty("the Regulations allow until 31 March");
    }

    [Fact]
    public void Validate_ConfiguredDepartmentAndLegacyDeadlines_AreUsed()
    {
        var options = ValidationTestKit.Options with
        {
            Deadlines = PublicationDeadlines.Regulations with { Departments = new MonthDay(1, 15), Legacy = new MonthDay(1, 20) },
        };

        var department = Validate(Published(Sample(Huaian2024), CountyDepartment, new DateOnly(2025, 1, 16)), options);
        var seed = Validate(Sample(Seed), options);

        department.Findings.Should().ContainSingle().Which.GetArgument("deadline").Should().Be("2025-01-15");
        seed.Codes().Should().Equal(RuleCodes.PublishedLate, RuleCodes.LegacyCategorySum);
        seed.Findings[0].GetArgument("deadline").Should().Be("2019-01-20");
    }

    [Fact]
    public void GetDeadline_DefaultDeadlines_AreThoseOfTheRegulations()
    {
        var deadlines = PublicationDeadlines.Regulations;

        deadlines.GetDeadline(Published(Sample(Huaian2024), CountyDepartment, null)).Should().Be(new DateOnly(2025, 1, 31));
        deadlines.GetDeadline(Published(Sample(Huaian2024), CityGovernment, null)).Should().Be(new DateOnly(2025, 3, 31));
        deadlines.GetDeadline(Sample(Seed)).Should().Be(new DateOnly(2019, 3, 31));
        ValidationOptions.Default.Deadlines.Should().Be(PublicationDeadlines.Regulations);
    }

    [Fact]
    public void MonthDay_29February_IsRefused()
    {
        var act = () => new MonthDay(2, 29);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Validate_NoPublicationDate_GivesNoPublicationFinding()
    {
        Sample(Huaian2024).PublishedOn.Should().BeNull();
        Validate(Sample(Huaian2024)).Findings.Should().BeEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // GD0503 after today
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_PublishedAfterToday_GivesInFutureWarning()
    {
        // A report on 2026 (the current year of the tests' clock) dated 15 January 2027: in time, but after today.
        var report = Published(Sample(Huaian2024).Change(b => b.Year = 2026), CityGovernment, new DateOnly(2027, 1, 15));

        var result = Validate(report);

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.PublishedInFuture);
        finding.Severity.Should().Be(Severity.Warning);
        finding.GetMessage().Should().Be("发布日期 2027-01-15 晚于今天（2026-11-27）。");
        finding.GetMessage(DisplayLanguage.English).Should().Be("The publication date 2027-01-15 is after today (2026-11-27).");
    }

    [Fact]
    public void Validate_PublishedToday_IsNotInTheFuture()
    {
        var report = Published(Sample(Huaian2024).Change(b => b.Year = 2025), CityGovernment, ValidationTestKit.Today);

        Validate(report).Codes().Should().Equal(RuleCodes.PublishedLate);
    }

    [Fact]
    public void Validate_LateAndAfterToday_GivesBothWarnings()
    {
        var report = Published(Sample(Huaian2024).Change(b => b.Year = 2025), CityGovernment, ValidationTestKit.Today.AddDays(1));

        var result = Validate(report);

        result.Codes().Should().Equal(RuleCodes.PublishedLate, RuleCodes.PublishedInFuture);
        result.Findings[1].GetArgument("publishedOn").Should().Be("2026-11-28");
    }

    private static AnnualReport Published(AnnualReport report, Agency agency, DateOnly? on) =>
        report.Change(b =>
        {
            b.Agency = agency;
            b.PublishedOn = on;
        });
}
