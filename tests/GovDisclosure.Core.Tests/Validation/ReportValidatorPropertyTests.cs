using FluentAssertions;
using FsCheck.Xunit;
using GovDisclosure.Tests.Properties;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Validation;

/// <summary>The validator over random reports: findings are data, never exceptions.</summary>
public sealed class ReportValidatorPropertyTests
{
    private static readonly ReportValidator Validator = new();

    private static bool IsKnown(string code) => RuleCatalog.TryGet(code, out _);

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 200)]
    public void Validate_AnyReport_NeverThrowsAndNamesKnownCodes(GeneratedReport generated)
    {
        var result = Validator.Validate(generated.Report);

        result.Findings.Select(f => f.Code).Where(code => !IsKnown(code)).Should().BeEmpty();
        foreach (var finding in result.Findings)
        {
            finding.GetMessage(DisplayLanguage.Chinese).Should().NotBeNullOrWhiteSpace();
            finding.GetMessage(DisplayLanguage.English).Should().NotBeNullOrWhiteSpace();
        }
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 150)]
    public void ValidateSeries_AnyYearsAndFormats_NeverThrows(GeneratedSeries series)
    {
        var result = Validator.ValidateSeries(series.Reports);

        result.Findings.Select(f => f.Code).Where(code => !IsKnown(code)).Should().BeEmpty();
        Validator.ValidateSeries(series.Reports.Reverse()).Findings.Should().HaveCount(result.Findings.Length, "the order of the input does not matter");
    }
}
