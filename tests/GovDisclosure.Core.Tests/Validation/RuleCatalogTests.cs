using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using GovDisclosure.Catalog;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Validation;

/// <summary>The rule catalogue: codes, order, messages, and one rule for every family of relations of the format catalogue.</summary>
public sealed partial class RuleCatalogTests
{
    public static TheoryData<string> Codes() => [.. RuleCatalog.All.Select(r => r.Code)];

    [Fact]
    public void All_Codes_AreUniqueAndOfTheFormGDAndFourDigits()
    {
        var codes = RuleCatalog.All.Select(r => r.Code).ToList();

        codes.Should().OnlyHaveUniqueItems();
        codes.Should().OnlyContain(c => CodePattern().IsMatch(c));
    }

    [Fact]
    public void All_IsInCodeOrder()
    {
        RuleCatalog.All.Select(r => r.Code).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void RuleCodes_EveryConstantIsInTheCatalogueAndViceVersa()
    {
        var constants = typeof(RuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        constants.Should().OnlyHaveUniqueItems();
        constants.Should().BeEquivalentTo(RuleCatalog.All.Select(r => r.Code));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Rule_TitlesAndTemplates_AreGivenInBothLanguagesWithTheSamePlaceholders(string code)
    {
        var rule = RuleCatalog.Get(code);

        rule.Title.Should().NotBeNullOrWhiteSpace();
        rule.EnglishTitle.Should().NotBeNullOrWhiteSpace();
        rule.MessageTemplate.Should().NotBeNullOrWhiteSpace();
        rule.EnglishMessageTemplate.Should().NotBeNullOrWhiteSpace();
        Placeholders(rule.MessageTemplate).Should().BeEquivalentTo(Placeholders(rule.EnglishMessageTemplate));
        rule.Placeholders.Should().BeEquivalentTo(Placeholders(rule.MessageTemplate));
        rule.GetTitle(DisplayLanguage.English).Should().Be(rule.EnglishTitle);
        rule.GetTitle(DisplayLanguage.Chinese).Should().Be(rule.Title);
        rule.ToString().Should().Be($"{code} {rule.EnglishTitle}");
        Enum.IsDefined(rule.DefaultSeverity).Should().BeTrue();
        Enum.IsDefined(rule.Scope).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void FormatMessage_EveryPlaceholderGiven_RendersInBothLanguages(string code)
    {
        var rule = RuleCatalog.Get(code);
        var arguments = rule.Placeholders.Select(p => new FindingArgument(p, $"〈{p}〉", $"<{p}>")).ToList();

        var chinese = new ValidationFinding(rule, rule.DefaultSeverity, arguments).GetMessage();
        var english = new ValidationFinding(rule, rule.DefaultSeverity, arguments).GetMessage(DisplayLanguage.English);

        foreach (var placeholder in rule.Placeholders)
        {
            chinese.Should().Contain($"〈{placeholder}〉").And.NotContain($"{{{placeholder}}}");
            english.Should().Contain($"<{placeholder}>").And.NotContain($"{{{placeholder}}}");
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Constructor_PlaceholderWithoutArgument_Throws(string code)
    {
        var rule = RuleCatalog.Get(code);
        if (rule.Placeholders.IsEmpty)
        {
            return;
        }

        var act = () => new ValidationFinding(rule, rule.DefaultSeverity, rule.Placeholders.Skip(1).Select(p => new FindingArgument(p, "x")));

        act.Should().Throw<ArgumentException>().WithMessage($"*{code}*{{{rule.Placeholders[0]}}}*");
    }

    [Fact]
    public void ForRelation_EveryRelationOfEveryFormat_HasARuleOfItsStemAndScope()
    {
        var relations = FormatCatalog.All.SelectMany(f => f.Relations).ToList();

        relations.Should().NotBeEmpty();
        foreach (var relation in relations)
        {
            var rule = RuleCatalog.ForRelation(relation);

            rule.RelationStem.Should().Be(relation.Stem, "relation {0} of {1}", relation.Id, relation.Format.Key);
            rule.Scope.Should().Be(relation.IsCrossYear ? RuleScope.Series : RuleScope.Report, "relation {0}", relation.Id);
            (relation.Id == relation.Stem || relation.Id.StartsWith(relation.Stem + ".", StringComparison.Ordinal)).Should().BeTrue();
        }
    }

    [Fact]
    public void All_EveryRelationRuleChecksSomeRelationOfTheCatalogue()
    {
        var stems = FormatCatalog.All.SelectMany(f => f.Relations).Select(r => r.Stem).ToHashSet(StringComparer.Ordinal);

        RuleCatalog.All.Where(r => r.RelationStem is not null).Select(r => r.RelationStem).Should().OnlyContain(s => stems.Contains(s!));
        RuleCatalog.All.Select(r => r.RelationStem).OfType<string>().Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void All_RelationFamilies_AreTheFamiliesOfTheSpecification()
    {
        RuleCatalog.All.Where(r => r.RelationStem is not null).Select(r => (r.RelationStem, r.Code)).Should().BeEquivalentTo(
        [
            ("requests.balance", RuleCodes.RequestsBalance),
            ("requests.resultsTotal", RuleCodes.RequestsResultsTotal),
            ("requests.columnTotal", RuleCodes.RequestsColumnTotal),
            ("reviews.total", RuleCodes.ReviewsTotal),
            ("legacy.requestChannels", RuleCodes.LegacyRequestChannels),
            ("legacy.responseOutcomes", RuleCodes.LegacyResponseOutcomes),
            ("legacy.partOf", RuleCodes.LegacyPartOf),
            ("legacy.cumulativeAtLeastAnnual", RuleCodes.LegacyCumulativeAtLeastAnnual),
            ("legacy.categorySum", RuleCodes.LegacyCategorySum),
            ("series.carryOver", RuleCodes.SeriesCarryOver),
            ("series.inForce", RuleCodes.SeriesInForce),
            ("series.cumulative", RuleCodes.SeriesCumulative),
        ]);
    }

    [Fact]
    public void All_SeverityAndScope_FollowTheSpecification()
    {
        // Spec: exact relations are errors, carry-over and legacy cumulative continuity warnings, 现行有效件数 info,
        // the prose category sum a warning, late publication a warning.
        RuleCatalog.Get(RuleCodes.RequestsBalance).DefaultSeverity.Should().Be(Severity.Error);
        RuleCatalog.Get(RuleCodes.LegacyCategorySum).DefaultSeverity.Should().Be(Severity.Warning);
        RuleCatalog.Get(RuleCodes.SeriesCarryOver).DefaultSeverity.Should().Be(Severity.Warning);
        RuleCatalog.Get(RuleCodes.SeriesInForce).DefaultSeverity.Should().Be(Severity.Info);
        RuleCatalog.Get(RuleCodes.SeriesCumulative).DefaultSeverity.Should().Be(Severity.Warning);
        RuleCatalog.Get(RuleCodes.PublishedTooEarly).DefaultSeverity.Should().Be(Severity.Error);
        RuleCatalog.Get(RuleCodes.PublishedLate).DefaultSeverity.Should().Be(Severity.Warning);
        RuleCatalog.Get(RuleCodes.CannotCheck).DefaultSeverity.Should().Be(Severity.Info);
        RuleCatalog.All.Where(r => r.Code.StartsWith("GD04", StringComparison.Ordinal)).Should().OnlyContain(r => r.Scope == RuleScope.Series);
        RuleCatalog.All.Where(r => r.Code.StartsWith("GD09", StringComparison.Ordinal)).Should().OnlyContain(r => r.Scope == RuleScope.Input);
        RuleCatalog.All.Where(r => r.Code.StartsWith("GD0", StringComparison.Ordinal) && r.Code[3] is '0' or '1' or '2' or '3' or '5' or '6')
            .Should().OnlyContain(r => r.Scope == RuleScope.Report);
    }

    [Fact]
    public void Get_UnknownCode_Throws()
    {
        var act = () => RuleCatalog.Get("GD9999");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*GD9999*");
        RuleCatalog.TryGet("GD9999", out var rule).Should().BeFalse();
        rule.Should().BeNull();
    }

    [Fact]
    public void Get_KnownCode_IsTheCataloguesRule()
    {
        RuleCatalog.Get(RuleCodes.ReviewsTotal).Should().BeSameAs(RuleCatalog.All.Single(r => r.Code == RuleCodes.ReviewsTotal));
    }

    private static HashSet<string> Placeholders(string template) =>
        [.. PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"^GD\d{4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex PlaceholderPattern();
}
