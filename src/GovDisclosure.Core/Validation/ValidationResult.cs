using System.Collections.Immutable;

namespace GovDisclosure.Validation;

/// <summary>The findings of a validation, with counts by severity. Explained findings are listed but not counted.</summary>
public sealed class ValidationResult
{
    /// <summary>Initializes a new instance of the <see cref="ValidationResult"/> class.</summary>
    /// <param name="findings">The findings.</param>
    public ValidationResult(IEnumerable<ValidationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Findings = [.. findings];
        foreach (var finding in Findings)
        {
            if (finding.IsExplained)
            {
                ExplainedCount++;
                continue;
            }

            switch (finding.Severity)
            {
                case Severity.Error:
                    ErrorCount++;
                    break;
                case Severity.Warning:
                    WarningCount++;
                    break;
                default:
                    InfoCount++;
                    break;
            }
        }
    }

    /// <summary>Gets the findings, in the order the rules found them.</summary>
    public ImmutableArray<ValidationFinding> Findings { get; }

    /// <summary>Gets a value indicating whether there is no error that the report does not explain.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>Gets the number of errors the report does not explain.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warnings the report does not explain.</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of information findings the report does not explain.</summary>
    public int InfoCount { get; }

    /// <summary>Gets the number of findings the report explains (any severity).</summary>
    public int ExplainedCount { get; }

    /// <summary>Gets the findings of a severity that the report does not explain.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The findings.</returns>
    public IEnumerable<ValidationFinding> Unexplained(Severity severity) =>
        Findings.Where(f => f.Severity == severity && !f.IsExplained);

    /// <summary>Gets the findings of a rule.</summary>
    /// <param name="code">The rule's code.</param>
    /// <returns>The findings.</returns>
    public IEnumerable<ValidationFinding> WithCode(string code) =>
        Findings.Where(f => string.Equals(f.Code, code, StringComparison.Ordinal));
}
