using System.Text;
using GovDisclosure.Catalog;
using GovDisclosure.Validation;

namespace GovDisclosure.Tests.Docs;

/// <summary>Generates docs/validation-rules.md from the rule catalogue and the format catalogue.</summary>
public static class ValidationRulesReference
{
    private static readonly (string Prefix, string Area)[] Areas =
    [
        ("GD00", "The validation itself"),
        ("GD01", "Identity and metadata"),
        ("GD02", "Arithmetic within a table"),
        ("GD03", "Between a table and the text"),
        ("GD04", "Across years (series validation)"),
        ("GD05", "Publication date"),
        ("GD06", "Completeness"),
        ("GD09", "Reading"),
    ];

    public static string Generate()
    {
        var text = new StringBuilder();
        text.Append("""
            <!-- Generated from RuleCatalog and FormatCatalog by ValidationRulesReference.cs; regenerate with GOVDISCLOSURE_UPDATE_DOCS=1 dotnet test. -->
            # Validation rules

            Every rule has a stable code: `GD` and four digits, the first two giving the area. A code, once published,
            is never given to another rule; a rule that is withdrawn keeps its code, unused. Each finding carries the
            code, a severity, the cells involved, the expected and actual values, and a message in Chinese and English
            built from the templates below (placeholders in braces).

            Severities are defaults: `ValidationOptions.SeverityOverrides` changes them and `ValidationOptions.DisabledRules`
            turns rules off. A relation with a blank operand is never a pass and never a failure: it gives `GD0001`
            (cannot check), because a blank is not 0. A report's `suppressions` (code, relation id or relation family;
            optionally cells; and a reason) turn the findings they match into *explained* findings: still listed, with the
            reason, but not counted. Findings about a relation cite the relation's id, such as
            `requests.balance.naturalPerson`.

            Which cells each relation adds up is in [formats.md](formats.md); how to run the validator is in
            [validation.md](validation.md).

            """);
        foreach (var (prefix, area) in Areas)
        {
            text.Append("\n## ").Append(area).Append(" (`").Append(prefix).Append("xx`)\n\n");
            text.Append("| code | severity | scope | checks | relations |\n| --- | --- | --- | --- | --- |\n");
            var rules = RuleCatalog.All.Where(r => r.Code.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            foreach (var rule in rules)
            {
                text.Append("| `").Append(rule.Code).Append("` | ").Append(Lower(rule.DefaultSeverity)).Append(" | ").Append(Lower(rule.Scope))
                    .Append(" | ").Append(rule.Title).Append("<br>").Append(rule.EnglishTitle).Append(" | ").Append(Relations(rule)).Append(" |\n");
            }

            text.Append('\n');
            foreach (var rule in rules)
            {
                text.Append("- `").Append(rule.Code).Append("` zh: ").Append(rule.MessageTemplate).Append('\n');
                text.Append("  <br>en: ").Append(rule.EnglishMessageTemplate).Append('\n');
            }
        }

        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Relations(ValidationRule rule)
    {
        if (rule.RelationStem is null)
        {
            return string.Empty;
        }

        var formats = FormatCatalog.All
            .Where(f => f.Relations.Any(r => r.Stem == rule.RelationStem))
            .Select(f => $"{f.Key} ({f.Relations.Count(r => r.Stem == rule.RelationStem)})");
        return $"`{rule.RelationStem}.*`: " + string.Join(", ", formats);
    }
}
