using System.Collections.Immutable;
using System.Globalization;

namespace GovDisclosure.Validation;

/// <summary>
/// What a validation found: the rule, severity, cells involved, expected and actual values, and the arguments of its
/// message, which it renders in Chinese or English. Findings are data, not exceptions.
/// </summary>
/// <remarks>
/// For a relation, <see cref="Actual"/> is the left side (the printed total, where there is one) and
/// <see cref="Expected"/> the right side (the sum of the parts, or the bound of an "at most" relation).
/// </remarks>
public sealed record ValidationFinding
{
    /// <summary>Initializes a new instance of the <see cref="ValidationFinding"/> class.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="severity">The severity (the rule's default unless the options override it).</param>
    /// <param name="arguments">The arguments of the message, one for each placeholder of the rule's templates.</param>
    /// <exception cref="ArgumentException">A placeholder of the rule's messages has no argument.</exception>
    public ValidationFinding(ValidationRule rule, Severity severity, IEnumerable<FindingArgument> arguments)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(arguments);
        Rule = rule;
        Severity = severity;
        Arguments = [.. arguments];
        foreach (var placeholder in rule.Placeholders)
        {
            if (!Arguments.Any(a => string.Equals(a.Name, placeholder, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"Rule {rule.Code}: no argument for the placeholder {{{placeholder}}}.", nameof(arguments));
            }
        }
    }

    /// <summary>Gets the rule.</summary>
    public ValidationRule Rule { get; }

    /// <summary>Gets the rule's code, such as <c>GD0201</c>.</summary>
    public string Code => Rule.Code;

    /// <summary>Gets the severity.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the id of the catalogue relation checked, such as <c>requests.balance.total</c>, or <see langword="null"/>.</summary>
    public string? RelationId { get; init; }

    /// <summary>Gets the cells involved (for a cross-year relation, this year's and last year's cells by key).</summary>
    public ImmutableArray<CellKey> Cells { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the expected value, or <see cref="CellValue.NotApplicable"/> when the finding has none.</summary>
    public CellValue Expected { get; init; }

    /// <summary>Gets the value found, or <see cref="CellValue.NotApplicable"/> when the finding has none.</summary>
    public CellValue Actual { get; init; }

    /// <summary>Gets the arguments of the message.</summary>
    public ImmutableArray<FindingArgument> Arguments { get; }

    /// <summary>Gets the report the finding is about, or <see langword="null"/> when the validator was not given one.</summary>
    public ReportIdentity? Report { get; init; }

    /// <summary>Gets where in the input the problem is, for a finding about reading (<see cref="RuleScope.Input"/>).</summary>
    public ReadLocation? Location { get; init; }

    /// <summary>Gets the report's explanation of the deviation, or <see langword="null"/> when it is not explained.</summary>
    public Suppression? Explanation { get; init; }

    /// <summary>
    /// Gets a value indicating whether the report explains the deviation: the finding is still listed, with the reason, but
    /// does not count as an error or warning.
    /// </summary>
    public bool IsExplained => Explanation is not null;

    /// <summary>Gets the message in a language.</summary>
    /// <param name="language">The language; Chinese by default.</param>
    /// <returns>The message.</returns>
    public string GetMessage(DisplayLanguage language = DisplayLanguage.Chinese) => Rule.FormatMessage(Arguments, language);

    /// <summary>Gets the text of an argument in a language.</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text, or <see langword="null"/> when the finding has no such argument.</returns>
    public string? GetArgument(string name, DisplayLanguage language = DisplayLanguage.Chinese)
    {
        foreach (var argument in Arguments)
        {
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
            {
                return argument.GetValue(language);
            }
        }

        return null;
    }

    /// <summary>Formats the finding as <c>GD0201 error: message</c>, in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Code} {Severity.ToString().ToLowerInvariant()}{(IsExplained ? " (explained)" : string.Empty)}: {GetMessage(DisplayLanguage.English)}");

    /// <inheritdoc/>
    public bool Equals(ValidationFinding? other) =>
        other is not null
        && ReferenceEquals(Rule, other.Rule)
        && Severity == other.Severity
        && string.Equals(RelationId, other.RelationId, StringComparison.Ordinal)
        && Cells.SequenceEqual(other.Cells)
        && Expected.Equals(other.Expected)
        && Actual.Equals(other.Actual)
        && Arguments.SequenceEqual(other.Arguments)
        && Equals(Report, other.Report)
        && Equals(Location, other.Location)
        && Equals(Explanation, other.Explanation);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Code, StringComparer.Ordinal);
        hash.Add(Severity);
        hash.Add(RelationId, StringComparer.Ordinal);
        foreach (var cell in Cells)
        {
            hash.Add(cell);
        }

        hash.Add(Expected);
        hash.Add(Actual);
        hash.Add(Report);
        return hash.ToHashCode();
    }
}

/// <summary>Which report a finding is about: agency, year and format, and where it was read from.</summary>
public sealed record ReportIdentity
{
    /// <summary>Initializes a new instance of the <see cref="ReportIdentity"/> class.</summary>
    /// <param name="agencyName">The agency's name.</param>
    /// <param name="year">The reporting year.</param>
    /// <param name="format">The report's format.</param>
    public ReportIdentity(string agencyName, int year, ReportFormat format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyName);
        AgencyName = agencyName;
        Year = year;
        Format = format;
    }

    /// <summary>Gets the agency's name.</summary>
    public string AgencyName { get; }

    /// <summary>Gets the agency's unified social credit code, where known.</summary>
    public UnifiedSocialCreditCode? CreditCode { get; init; }

    /// <summary>Gets the agency's administrative division code, where known.</summary>
    public DivisionCode? DivisionCode { get; init; }

    /// <summary>Gets the reporting year.</summary>
    public int Year { get; }

    /// <summary>Gets the report's format.</summary>
    public ReportFormat Format { get; }

    /// <summary>Gets where the report was read from (a file name), where known.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the line of <see cref="Source"/> the report was read from (JSON Lines), where known.</summary>
    public long? Line { get; init; }

    /// <summary>Describes a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="source">Where it was read from, if known.</param>
    /// <param name="line">The line it was read from, if known.</param>
    /// <returns>The identity.</returns>
    public static ReportIdentity Of(AnnualReport report, string? source = null, long? line = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Create(report.Agency, report.Year, report.Format, source, line);
    }

    internal static ReportIdentity Create(Agency agency, int year, ReportFormat format, string? source, long? line) =>
        new(agency.Name, year, format)
        {
            CreditCode = agency.CreditCode,
            DivisionCode = agency.DivisionCode,
            Source = source,
            Line = line,
        };

    /// <summary>Formats the identity as <c>agency year</c>, with the source where known.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{AgencyName} {Year}");
        if (Source is not null)
        {
            text += Line is { } line ? string.Create(CultureInfo.InvariantCulture, $" ({Source}:{line})") : $" ({Source})";
        }

        return text;
    }
}
