using FluentAssertions;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Validation;

/// <summary>The validator on the real reports of the shared samples.</summary>
public sealed class SampleValidationTests
{
    private static readonly ReportValidator Validator = new(ValidationTestKit.Options);

    [Fact]
    public void Validate_SeedReport_GivesOnlyTheCategorySumWarning()
    {
        var report = GovDisclosureJson.ReadFile(Samples.SeedJsonPath);

        var result = Validator.Validate(report);

        result.ErrorCount.Should().Be(0);
        result.Findings.Where(f => f.Severity != Severity.Info).Should().ContainSingle()
            .Which.Should().Match<ValidationFinding>(f => f.Code == RuleCodes.LegacyCategorySum && f.Severity == Severity.Warning);
        var warning = result.WithCode(RuleCodes.LegacyCategorySum).Single();
        warning.Actual.Should().Be(CellValue.Of(198));
        warning.Expected.Should().Be(CellValue.Of(208));
        warning.GetMessage().Should().Be("正文所列各类别主动公开数之和为 198，而统计表主动公开总数为 208（差 -10）。");
        warning.GetMessage(DisplayLanguage.English).Should().Be("The categories stated in the text add up to 198, but the table's proactive total is 208 (difference -10).");
        result.Findings.Should().OnlyContain(f => f.Severity != Severity.Error);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_SampleReport_FindsNoError(string id)
    {
        var result = Validator.Validate(Samples.Report(id));

        result.Findings.Where(f => f.Severity == Severity.Error).Should().BeEmpty();
    }

    public static TheoryData<string> Cases() => [.. Samples.AllCases];
}
