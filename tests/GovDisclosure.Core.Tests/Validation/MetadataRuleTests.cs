using FluentAssertions;
using GovDisclosure.Validation;
using static GovDisclosure.Tests.Validation.RuleTestKit;

namespace GovDisclosure.Tests.Validation;

/// <summary>The identity and metadata rules (GD0101–GD0108): reporting year, format, credit code and division code.</summary>
public sealed class MetadataRuleTests
{
    /// <summary>淮安市人民政府 with its division code and a made-up credit code registered in 淮安 (check character computed).</summary>
    private static readonly Agency Huaian = new("淮安市人民政府")
    {
        Level = AgencyLevel.Prefectural,
        Kind = AgencyKind.Government,
        DivisionCode = new DivisionCode("320800"),
        CreditCode = WithCheckCharacter("11320800014126785"),
    };

    // ---------------------------------------------------------------------------------------------------------------
    // GD0101 year in the future
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_YearAfterTheCurrentYear_GivesYearInFutureError()
    {
        var result = Validate(Sample(Huaian2024).Change(b => b.Year = 2027));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.YearInFuture);
        finding.Severity.Should().Be(Severity.Error);
        finding.Cells.Should().BeEmpty();
        finding.RelationId.Should().BeNull();
        finding.Expected.IsApplicable.Should().BeFalse();
        finding.GetMessage().Should().Be("报告年度 2027 晚于当前年度 2026。");
        finding.GetMessage(DisplayLanguage.English).Should().Be("The reporting year 2027 is after the current year 2026.");
    }

    [Fact]
    public void Validate_LastYearTheModelAllows_GivesYearInFutureError()
    {
        var result = Validate(Sample(Huaian2024).Change(b => b.Year = AnnualReport.MaxYear));

        result.Codes().Should().Equal(RuleCodes.YearInFuture);
        result.Findings[0].GetArgument("year").Should().Be("2100");
    }

    [Fact]
    public void Validate_CurrentYear_IsNotInTheFuture()
    {
        Validate(Sample(Huaian2024).Change(b => b.Year = ValidationTestKit.Today.Year)).Findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2026-12-31T15:59:00Z", 1)] // 23:59 on 31 December in China: 2027 is still ahead
    [InlineData("2026-12-31T16:00:00Z", 0)] // midnight in China: it is 2027 there, though not yet in UTC
    public void Validate_YearAtTheTurnOfTheYear_UsesChinaStandardTime(string utc, int findings)
    {
        var now = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        var options = ValidationTestKit.Options with { TimeProvider = new ValidationTestKit.FixedClock(now) };

        var result = Validate(Sample(Huaian2024).Change(b => b.Year = 2027), options);

        result.WithCode(RuleCodes.YearInFuture).Should().HaveCount(findings);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // GD0102 / GD0103 format and year
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_National2021FormatFor2019_GivesFormatNotYetInForceError()
    {
        var result = Validate(Sample(Huaian2024).Change(b => b.Year = 2019));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.FormatNotYetInForce);
        finding.Severity.Should().Be(Severity.Error);
        finding.GetMessage().Should().Be("national2021 格式自 2021 年度起使用，不适用于 2019 年度报告。");
        finding.GetMessage(DisplayLanguage.English).Should().Be("The national2021 format is used from 2021 on; it cannot apply to a report on 2019.");
    }

    [Fact]
    public void Validate_National2019FormatFor2018_GivesFormatNotYetInForceError()
    {
        var result = Validate(Sample(Pingtan2019).Change(b => b.Year = 2018));

        result.Codes().Should().Equal(RuleCodes.FormatNotYetInForce);
        result.Findings[0].GetArgument("firstYear").Should().Be("2019");
        result.Findings[0].GetArgument("format").Should().Be("national2019");
    }

    [Fact]
    public void Validate_LegacyFormatFor2019_GivesFormatSupersededWarning()
    {
        var result = Validate(Sample(Pingtan2011).Change(b => b.Year = 2019));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.FormatSuperseded);
        finding.Severity.Should().Be(Severity.Warning);
        finding.GetMessage().Should().Be("2019 年度报告应使用 national2019 格式，而不是 legacy 格式（最后用于 2018 年度）。");
        finding.GetMessage(DisplayLanguage.English).Should().Be("A report on 2019 should use the national2019 format, not legacy (last used for 2018).");
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_National2019FormatFor2021_GivesFormatSupersededWarning()
    {
        var result = Validate(Sample(Pingtan2019).Change(b => b.Year = 2021));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.FormatSuperseded);
        finding.GetMessage(DisplayLanguage.English).Should().Be("A report on 2021 should use the national2021 format, not national2019 (last used for 2020).");
    }

    [Theory]
    [InlineData(Pingtan2011, 2008)]
    [InlineData(Seed, 2018)]
    [InlineData(Pingtan2019, 2019)]
    [InlineData(Pingtan2019, 2020)]
    [InlineData(Huaian2024, 2021)]
    public void Validate_FormatInForceForTheYear_GivesNoFormatFinding(string id, int year)
    {
        var result = Validate(Sample(id).Change(b => b.Year = year));

        result.WithCode(RuleCodes.FormatNotYetInForce).Should().BeEmpty();
        result.WithCode(RuleCodes.FormatSuperseded).Should().BeEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // GD0104 / GD0105 credit code
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_CreditCodeWithComputedCheckCharacter_GivesNoFinding()
    {
        Huaian.CreditCode!.Value.Value.Should().Be("113208000141267859");
        Huaian.CreditCode.Value.HasValidCheckCharacter.Should().BeTrue();

        Validate(WithAgency(Sample(Huaian2024), Huaian)).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_CreditCodeWithWrongCheckCharacter_GivesCheckCharacterError()
    {
        var agency = Huaian with { CreditCode = new UnifiedSocialCreditCode("11320800014126785X") };

        var result = Validate(WithAgency(Sample(Huaian2024), agency));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.CreditCodeCheckCharacter);
        finding.Severity.Should().Be(Severity.Error);
        finding.GetArgument("expected").Should().Be("9");
        finding.GetArgument("actual").Should().Be("X");
        finding.GetMessage().Should().Be("统一社会信用代码 11320800014126785X 的校验码应为 9，实为 X。");
        finding.GetMessage(DisplayLanguage.English).Should().Be("Unified social credit code 11320800014126785X: the check character should be 9, found X.");
        finding.Report!.CreditCode.Should().Be(agency.CreditCode);
    }

    [Fact]
    public void Validate_CreditCodeOfAPublicInstitution_GivesNotStateOrganInfo()
    {
        // 12: registered by the establishment authority as a public institution (事业单位), not an organ of state.
        var agency = Huaian with { CreditCode = WithCheckCharacter("12320800466000821") };

        var result = Validate(WithAgency(Sample(Huaian2024), agency));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.CreditCodeNotStateOrgan);
        finding.Severity.Should().Be(Severity.Info);
        finding.GetMessage().Should().Be("统一社会信用代码 123208004660008210 不以 11（机构编制部门登记的机关）开头。");
        finding.GetMessage(DisplayLanguage.English).Should().Be(
            "Unified social credit code 123208004660008210 does not start with 11 (an organ of state registered by the establishment authority).");
    }

    [Fact]
    public void Validate_CreditCodeWrongAndNotStateOrgan_GivesBothFindings()
    {
        var agency = Huaian with { CreditCode = new UnifiedSocialCreditCode("123208004660008211") };

        var result = Validate(WithAgency(Sample(Huaian2024), agency));

        result.Codes().Should().Equal(RuleCodes.CreditCodeCheckCharacter, RuleCodes.CreditCodeNotStateOrgan);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // GD0106 / GD0107 division code
    // ---------------------------------------------------------------------------------------------------------------
    [Theory]
    [InlineData("990000", "省级代码 99 不存在", "there is no province 99")]
    [InlineData("320012", "地级部分为 00 而县级部分不为 00", "the prefecture part is 00 but the county part is not")]
    [InlineData("320000105", "乡级代码须在县级或地级代码之下，不能直接在省级代码之下", "a township code must lie within a county or prefecture, not directly within a province")]
    [InlineData("320803000", "乡级部分不能为 000", "the township part cannot be 000")]
    public void Validate_DivisionCodeNotOfGbt2260_GivesShapeError(string code, string problem, string englishProblem)
    {
        var agency = new Agency("淮安市人民政府") { DivisionCode = new DivisionCode(code) };

        var result = Validate(WithAgency(Sample(Huaian2024), agency));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.DivisionCodeShape);
        finding.Severity.Should().Be(Severity.Error);
        finding.GetArgument("problem").Should().Be(problem);
        finding.GetArgument("problem", DisplayLanguage.English).Should().Be(englishProblem);
        finding.GetMessage().Should().Be($"行政区划代码 {code} 不符合 GB/T 2260：{problem}。");
        finding.GetMessage(DisplayLanguage.English).Should().Be($"Administrative division code {code} is not a GB/T 2260 code: {englishProblem}.");
    }

    [Fact]
    public void Validate_DivisionCodeShapeWrong_SkipsTheLevelAndRegistrationChecks()
    {
        // Level county and a credit code registered in 江苏 淮安: neither is compared with a code that is not a code.
        var agency = Huaian with { DivisionCode = new DivisionCode("990000"), Level = AgencyLevel.County };

        var result = Validate(WithAgency(Sample(Huaian2024), agency));

        result.Codes().Should().Equal(RuleCodes.DivisionCodeShape);
    }

    [Theory]
    [InlineData("320000", AgencyLevel.Provincial)]
    [InlineData("320800", AgencyLevel.Prefectural)]
    [InlineData("320803", AgencyLevel.County)]
    [InlineData("110101", AgencyLevel.County)]
    [InlineData("469001", AgencyLevel.County)] // a county-level city directly under 海南
    [InlineData("350427105", AgencyLevel.Township)]
    [InlineData("441900003", AgencyLevel.Township)] // a town of 东莞, a prefecture-level city without counties
    [InlineData("350427105201", AgencyLevel.Township)]
    public void Validate_DivisionCodeOfTheAgencysLevel_GivesNoFinding(string code, AgencyLevel level)
    {
        var agency = new Agency("某人民政府") { DivisionCode = new DivisionCode(code), Level = level };

        Validate(WithAgency(Sample(Huaian2024), agency)).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_PrefectureCodeForACountyAgency_GivesLevelWarning()
    {
        var agency = Huaian with { Level = AgencyLevel.County };

        var result = Validate(WithAgency(Sample(Huaian2024), agency));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.DivisionCodeLevel);
        finding.Severity.Should().Be(Severity.Warning);
        finding.GetMessage().Should().Be("行政区划代码 320800 是地级代码，而报告单位层级为县级。");
        finding.GetMessage(DisplayLanguage.English).Should().Be("Administrative division code 320800 is a prefectural code, but the agency's level is county.");
    }

    [Fact]
    public void Validate_CountyCodeForATownshipAgency_GivesLevelWarning()
    {
        // 沙县高桥镇 with only 沙县's six-digit code.
        var agency = new Agency("沙县高桥镇人民政府") { Level = AgencyLevel.Township, DivisionCode = new DivisionCode("350427") };

        var result = Validate(WithAgency(Sample(Seed), agency));

        result.Codes().Should().Equal(RuleCodes.DivisionCodeLevel, RuleCodes.LegacyCategorySum);
        result.Findings[0].GetMessage(DisplayLanguage.English).Should().Be(
            "Administrative division code 350427 is a county code, but the agency's level is township.");
    }

    [Fact]
    public void Validate_DivisionCodeWithoutLevel_GivesNoLevelFinding()
    {
        var agency = new Agency("淮安市人民政府") { DivisionCode = new DivisionCode("320800") };

        Validate(WithAgency(Sample(Huaian2024), agency)).Findings.Should().BeEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // GD0108 credit code registration division and division code
    // ---------------------------------------------------------------------------------------------------------------
    [Fact]
    public void Validate_CreditCodeRegisteredInAnotherProvince_GivesRegistrationDivisionInfo()
    {
        // A 淮安 credit code on a report of 平潭 (350128).
        var agency = Huaian with { DivisionCode = new DivisionCode("350128"), Level = AgencyLevel.County };

        var result = Validate(WithAgency(Sample(Huaian2024), agency));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Code.Should().Be(RuleCodes.CreditCodeDivision);
        finding.Severity.Should().Be(Severity.Info);
        finding.GetArgument("registrationDivision").Should().Be("320800");
        finding.GetMessage().Should().Be(
            "统一社会信用代码 113208000141267859 中的登记管理机关行政区划码 320800 与行政区划代码 350128 互不相属。");
        finding.GetMessage(DisplayLanguage.English).Should().Be(
            "The registration division 320800 in credit code 113208000141267859 neither contains nor lies within division 350128.");
    }

    [Theory]
    [InlineData("11320800014126785", "320803", AgencyLevel.County)] // a district registered by the city's registrar
    [InlineData("11320803014126785", "320800", AgencyLevel.Prefectural)] // registered below the jurisdiction
    [InlineData("11350427003800000", "350427105", AgencyLevel.Township)] // 高桥镇, registered in 沙县
    [InlineData("11000000000000000", "320800", AgencyLevel.Prefectural)] // 000000 is not a division: nothing to compare
    public void Validate_RegistrationDivisionRelatedOrUnknown_GivesNoFinding(string first17, string division, AgencyLevel level)
    {
        var agency = new Agency("某机关") { CreditCode = WithCheckCharacter(first17), DivisionCode = new DivisionCode(division), Level = level };

        Validate(WithAgency(Sample(Huaian2024), agency)).Findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("11350100014126785", "350200", AgencyLevel.Prefectural)] // 福州 registration, 厦门 report: one province
    [InlineData("11350102014126785", "350128", AgencyLevel.County)] // 鼓楼区 registration, 平潭 report: one prefecture
    [InlineData("11350128014126785", "350102", AgencyLevel.County)] // the same pair the other way round
    public void Validate_RegistrationDivisionBesideTheDivision_GivesRegistrationDivisionInfo(string first17, string division, AgencyLevel level)
    {
        // Sharing the province or prefecture digits is not nesting: two prefectures of 福建, two counties of 福州.
        var agency = new Agency("某机关") { CreditCode = WithCheckCharacter(first17), DivisionCode = new DivisionCode(division), Level = level };

        var finding = Validate(WithAgency(Sample(Huaian2024), agency)).Findings.Should().ContainSingle().Subject;

        finding.Code.Should().Be(RuleCodes.CreditCodeDivision);
        finding.GetArgument("registrationDivision").Should().Be(first17.Substring(2, 6));
        finding.GetArgument("divisionCode").Should().Be(division);
    }

    [Theory]
    [InlineData("320800", AgencyLevel.National, "地级", "prefectural", "国家级", "national")]
    [InlineData("320800", AgencyLevel.Provincial, "地级", "prefectural", "省级", "provincial")]
    [InlineData("350427105", AgencyLevel.County, "乡级", "township", "县级", "county")]
    [InlineData("100000", AgencyLevel.Provincial, "国家级", "national", "省级", "provincial")]
    public void Validate_DivisionCodeOfAnotherLevel_NamesBothLevelsInBothLanguages(
        string code, AgencyLevel level, string implied, string englishImplied, string stated, string englishStated)
    {
        var agency = new Agency("某机关") { DivisionCode = new DivisionCode(code), Level = level };

        var finding = Validate(WithAgency(Sample(Huaian2024), agency)).Findings.Should().ContainSingle().Subject;

        finding.Code.Should().Be(RuleCodes.DivisionCodeLevel);
        finding.GetArgument("impliedLevel").Should().Be(implied);
        finding.GetArgument("impliedLevel", DisplayLanguage.English).Should().Be(englishImplied);
        finding.GetArgument("level").Should().Be(stated);
        finding.GetArgument("level", DisplayLanguage.English).Should().Be(englishStated);
    }

    private static UnifiedSocialCreditCode WithCheckCharacter(string first17) =>
        new(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17));

    private static AnnualReport WithAgency(AnnualReport report, Agency agency) => report.Change(b => b.Agency = agency);
}
