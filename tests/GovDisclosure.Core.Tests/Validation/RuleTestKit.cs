using FluentAssertions;
using GovDisclosure.Tests.TestData;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Validation;

/// <summary>
/// Helpers of the rule tests: the real sample reports (with their sections recorded, so that a clean report gives no
/// finding at all), one-cell edits, and validation that also renders every finding in both languages.
/// </summary>
internal static class RuleTestKit
{
    public const string Seed = "000-gaoqiao-township-2018";
    public const string Pingtan2011 = "001-pingtan-county-2011";
    public const string Pingtan2019 = "006-pingtan-zone-2019";
    public const string Huaian2024 = "007-huaian-city-2024";
    public const string Pingtan2024 = "010-pingtan-zone-2024";

    /// <summary>Gets a validator with the tests' fixed clock (2026-11-27, China Standard Time).</summary>
    public static ReportValidator Validator { get; } = new(ValidationTestKit.Options);

    /// <summary>
    /// Gets a sample report; a national one gets its six sections recorded (each with its heading as text), so that
    /// the report as printed gives no finding.
    /// </summary>
    /// <param name="id">The case id.</param>
    /// <returns>The report.</returns>
    public static AnnualReport Sample(string id) => WithSections(Samples.Report(id));

    /// <summary>Records every section of a national report's format (each with its heading as text).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The report with its sections.</returns>
    public static AnnualReport WithSections(AnnualReport report)
    {
        if (report.Format == ReportFormat.Legacy)
        {
            return report;
        }

        var builder = report.ToBuilder();
        foreach (var section in report.Definition.Sections)
        {
            builder.SetSection(section.Section, section.Label);
        }

        return builder.Build();
    }

    /// <summary>Changes a report through its builder.</summary>
    /// <param name="report">The report.</param>
    /// <param name="change">The change.</param>
    /// <returns>The changed report.</returns>
    public static AnnualReport Change(this AnnualReport report, Action<AnnualReportBuilder> change)
    {
        var builder = report.ToBuilder();
        change(builder);
        return builder.Build();
    }

    /// <summary>Sets cells of a report, by key.</summary>
    /// <param name="report">The report.</param>
    /// <param name="cells">The keys and values.</param>
    /// <returns>The changed report.</returns>
    public static AnnualReport With(this AnnualReport report, params (string Key, CellValue Value)[] cells) =>
        report.Change(b =>
        {
            foreach (var (key, value) in cells)
            {
                b[key] = value;
            }
        });

    /// <summary>Validates a report on its own and checks that every finding renders in both languages.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">Options (derived from <see cref="ValidationTestKit.Options"/>), or the kit's.</param>
    /// <returns>The result.</returns>
    public static ValidationResult Validate(AnnualReport report, ValidationOptions? options = null)
    {
        var validator = options is null ? Validator : new ReportValidator(options);
        var result = validator.Validate(report);
        ShouldRender(result);
        return result;
    }

    /// <summary>Validates one agency's reports across years and checks that every finding renders in both languages.</summary>
    /// <param name="reports">The reports.</param>
    /// <returns>The result.</returns>
    public static ValidationResult ValidateSeries(params AnnualReport[] reports) => ValidateSeries(ValidationTestKit.Options, reports);

    /// <summary>Validates one agency's reports across years with options and checks that every finding renders in both languages.</summary>
    /// <param name="options">Options (derived from <see cref="ValidationTestKit.Options"/>).</param>
    /// <param name="reports">The reports.</param>
    /// <returns>The result.</returns>
    public static ValidationResult ValidateSeries(ValidationOptions options, params AnnualReport[] reports)
    {
        var validator = ReferenceEquals(options, ValidationTestKit.Options) ? Validator : new ReportValidator(options);
        var result = validator.ValidateSeries(reports);
        ShouldRender(result);
        return result;
    }

    /// <summary>Checks that every finding renders in Chinese and English with every placeholder filled.</summary>
    /// <param name="result">The result.</param>
    public static void ShouldRender(ValidationResult result)
    {
        foreach (var finding in result.Findings)
        {
            foreach (var language in new[] { DisplayLanguage.Chinese, DisplayLanguage.English })
            {
                var message = finding.GetMessage(language);
                message.Should().NotBeNullOrWhiteSpace();
                foreach (var placeholder in finding.Rule.Placeholders)
                {
                    message.Should().NotContain("{" + placeholder + "}", "{0} fills every placeholder of {1}", language, finding.Code);
                }
            }

            finding.ToString().Should().StartWith(finding.Code);
        }
    }

    /// <summary>Gets the codes of a result's findings, in order.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The codes.</returns>
    public static IEnumerable<string> Codes(this ValidationResult result) => result.Findings.Select(f => f.Code);

    /// <summary>Gets the relation ids of a result's findings, in order.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The ids.</returns>
    public static IEnumerable<string?> RelationIds(this ValidationResult result) => result.Findings.Select(f => f.RelationId);

    /// <summary>Parses cell keys.</summary>
    /// <param name="keys">The keys.</param>
    /// <returns>The cells.</returns>
    public static CellKey[] Cells(params string[] keys) => [.. keys.Select(CellKey.Parse)];
}
