using FluentAssertions;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Validation;

/// <summary>
/// What a finding is equal to and how it hashes, how a report's identity prints, and how a rule reads the placeholders of
/// its message templates and fills them.
/// </summary>
public sealed class FindingAndRuleTests
{
    private static readonly ValidationRule Rule = NewRule("GD9901");
    private static readonly ValidationRule SameRuleAgain = NewRule("GD9901");
    private static readonly ValidationRule OtherRule = NewRule("GD9902");

    private static readonly ReportIdentity Identity =
        ReportIdentity.Of(RuleTestKit.Sample(RuleTestKit.Huaian2024), "淮安.jsonl", 3);

    private static readonly ValidationFinding Finding = Make(Rule, Severity.Warning, [new FindingArgument("count", "3")]);

    /// <summary>Each of the findings differs from <see cref="Finding"/> in one property only.</summary>
    public static TheoryData<string, ValidationFinding> OneDifference => new()
    {
        { "rule", Make(SameRuleAgain, Severity.Warning, [new FindingArgument("count", "3")]) },
        { "severity", Make(Rule, Severity.Error, [new FindingArgument("count", "3")]) },
        { "arguments", Make(Rule, Severity.Warning, [new FindingArgument("count", "4")]) },
        { "relation", Finding with { RelationId = "requests.balance.naturalPerson" } },
        { "cells", Finding with { Cells = [CellKey.Parse("requests.carriedOver.total")] } },
        { "expected", Finding with { Expected = CellValue.Of(104) } },
        { "actual", Finding with { Actual = CellValue.Of(34) } },
        { "report", Finding with { Report = ReportIdentity.Of(RuleTestKit.Sample(RuleTestKit.Huaian2024), "淮安.jsonl", 4) } },
        { "location", Finding with { Location = new ReadLocation { Source = "淮安.jsonl", Line = 3 } } },
        { "explanation", Finding with { Explanation = new Suppression("GD9901", [], "说明") } },
    };

    /// <summary>Each of the findings differs from <see cref="Finding"/> in one property that the hash code reads.</summary>
    public static TheoryData<string, ValidationFinding> OneHashedDifference => new()
    {
        { "code", Make(OtherRule, Severity.Warning, [new FindingArgument("count", "3")]) },
        { "severity", Make(Rule, Severity.Error, [new FindingArgument("count", "3")]) },
        { "relation", Finding with { RelationId = "requests.balance.naturalPerson" } },
        { "cells", Finding with { Cells = [CellKey.Parse("requests.carriedOver.total")] } },
        { "expected", Finding with { Expected = CellValue.Of(104) } },
        { "actual", Finding with { Actual = CellValue.Of(34) } },
        { "report", Finding with { Report = ReportIdentity.Of(RuleTestKit.Sample(RuleTestKit.Huaian2024), "淮安.jsonl", 4) } },
    };

    [Fact]
    public void Equals_FindingWithTheSameContent_IsEqualAndHashesAlike()
    {
        var copy = Make(Rule, Severity.Warning, [new FindingArgument("count", "3")]);

        copy.Should().Be(Finding);
        copy.GetHashCode().Should().Be(Finding.GetHashCode());
        Finding.Equals(null).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(OneDifference))]
    public void Equals_FindingThatDiffersInOneProperty_IsNotEqual(string property, ValidationFinding other)
    {
        Finding.Equals(other).Should().BeFalse("the findings differ in their {0}", property);
        other.Equals(Finding).Should().BeFalse("the findings differ in their {0}", property);
    }

    [Theory]
    [MemberData(nameof(OneHashedDifference))]
    public void GetHashCode_FindingThatDiffersInAHashedProperty_HashesDifferently(string property, ValidationFinding other)
    {
        // Not a contract of hash codes, but a hash that ignored the property would make these collide every time.
        other.GetHashCode().Should().NotBe(Finding.GetHashCode(), "the findings differ in their {0}", property);
    }

    [Fact]
    public void ReportIdentityToString_GivesAgencyYearAndWhereItWasRead()
    {
        var report = RuleTestKit.Sample(RuleTestKit.Huaian2024);

        ReportIdentity.Of(report, "淮安.jsonl", 3).ToString().Should().Be("淮安市人民政府 2024 (淮安.jsonl:3)");
        ReportIdentity.Of(report, "淮安.json").ToString().Should().Be("淮安市人民政府 2024 (淮安.json)");
        ReportIdentity.Of(report).ToString().Should().Be("淮安市人民政府 2024");
        ReportIdentity.Of(report, line: 3).ToString().Should().Be("淮安市人民政府 2024");
    }

    [Fact]
    public void Placeholders_RepeatedAndInText_AreListedOnceInTheOrderOfTheChineseTemplate()
    {
        var rule = new ValidationRule("GD9903", Severity.Info, RuleScope.Report, "标题", "Title", "{b} 与 {a}，{b} 再现。", "{a} and {b}, {b} again.");

        rule.Placeholders.Should().Equal("b", "a");
    }

    [Fact]
    public void Constructor_TemplatesWithDifferentPlaceholders_ThrowsNamingTheRule()
    {
        var act = () => new ValidationRule("GD9904", Severity.Info, RuleScope.Report, "标题", "Title", "{a} 件", "{b} items");

        act.Should().Throw<InvalidOperationException>().WithMessage("Rule GD9904: the Chinese and English messages use different placeholders.");
    }

    [Fact]
    public void Constructor_UnclosedPlaceholder_ThrowsQuotingTheTemplate()
    {
        var act = () => new ValidationRule("GD9905", Severity.Info, RuleScope.Report, "标题", "Title", "{a} 件 {b", "{a} items {b");

        act.Should().Throw<InvalidOperationException>().WithMessage("Unclosed placeholder in '{a} 件 {b'.");
    }

    [Fact]
    public void FormatMessage_FillsEachPlaceholderInTheLanguageAsked()
    {
        var rule = new ValidationRule("GD9906", Severity.Info, RuleScope.Report, "标题", "Title", "共 {count} 件（{level}）。", "{count} items ({level}).");
        FindingArgument[] arguments = [new("count", "3"), new("level", "县级", "county")];

        rule.FormatMessage(arguments).Should().Be("共 3 件（县级）。");
        rule.FormatMessage(arguments, DisplayLanguage.English).Should().Be("3 items (county).");
    }

    [Fact]
    public void FormatMessage_ArgumentMissing_ThrowsArgumentExceptionNamingThePlaceholder()
    {
        var rule = new ValidationRule("GD9907", Severity.Info, RuleScope.Report, "标题", "Title", "{a} 与 {b}", "{a} and {b}");

        var act = () => rule.FormatMessage([new FindingArgument("a", "1")]);

        act.Should().Throw<ArgumentException>().WithMessage("Rule GD9907: no argument for the placeholder {b}.*")
            .Which.ParamName.Should().Be("arguments");
    }

    private static ValidationRule NewRule(string code) =>
        new(code, Severity.Warning, RuleScope.Report, "测试", "Test", "{count} 件", "{count} items");

    private static ValidationFinding Make(ValidationRule rule, Severity severity, FindingArgument[] arguments) =>
        new(rule, severity, arguments)
        {
            RelationId = "requests.balance.total",
            Cells = [CellKey.Parse("requests.carriedForward.total")],
            Expected = CellValue.Of(103),
            Actual = CellValue.Of(33),
            Report = Identity,
            Location = new ReadLocation { Source = "淮安.jsonl", Line = 2 },
            Explanation = null,
        };
}
