using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using GovDisclosure.Catalog;
using static GovDisclosure.Validation.KnownRules;

namespace GovDisclosure.Validation;

/// <summary>
/// Checks reports against the <see cref="RuleCatalog"/>: one report on its own (<see cref="Validate(AnnualReport)"/>),
/// or one agency's reports across years (<see cref="ValidateSeries(IEnumerable{AnnualReport})"/>). Data errors are
/// findings, never exceptions. The validator is immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// A relation with a blank operand gives a <see cref="RuleCodes.CannotCheck"/> finding: a blank is never read as 0. A
/// report's suppressions turn the findings they match into explained ones: still listed, with the reason, but not
/// counted. A report without findings costs no allocation beyond the caller's collection.
/// </remarks>
public sealed class ReportValidator
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);
    private static readonly FrozenSet<string> ProvinceCodes = FrozenSet.Create(
        StringComparer.Ordinal,
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44",
        "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    /// <summary>The code that stands for the whole country (中华人民共和国), used by national-level agencies.</summary>
    private const string NationalDivisionCode = "100000";

    /// <summary>Whether each two-digit number is a province code, so the check reads the code without cutting it.</summary>
    private static readonly bool[] IsProvinceNumber = [.. Enumerable.Range(0, 100).Select(n => ProvinceCodes.Contains(n.ToString("D2", CultureInfo.InvariantCulture)))];

    private static readonly FormatPlan[] Plans = [.. Enum.GetValues<ReportFormat>().Select(f => new FormatPlan(FormatCatalog.Get(f)))];

    /// <summary>The severity of each rule by <see cref="ValidationRule.Index"/>; null when the rule is turned off.</summary>
    private readonly Severity?[] _severities;

    /// <summary>The relations within a report whose rule is on, by format.</summary>
    private readonly PlannedRelation[][] _withinReport;

    /// <summary>The cross-year relations whose rule is on, by format.</summary>
    private readonly PlannedRelation[][] _acrossYears;

    /// <summary>Initializes a new instance of the <see cref="ReportValidator"/> class with the default options.</summary>
    public ReportValidator()
        : this(ValidationOptions.Default)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportValidator"/> class.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentException">The options name a code that is not a rule.</exception>
    public ReportValidator(ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _severities = [.. RuleCatalog.All.Select(r => options.DisabledRules.Contains(r.Code) ? (Severity?)null : options.SeverityOverrides.GetValueOrDefault(r.Code, r.DefaultSeverity))];
        _withinReport = [.. Plans.Select(p => p.WithinReport.Where(r => _severities[r.Rule.Index] is not null).ToArray())];
        _acrossYears = [.. Plans.Select(p => p.AcrossYears.Where(r => _severities[r.Rule.Index] is not null).ToArray())];
    }

    /// <summary>Gets the options.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Gets the severity a rule's findings get, or <see langword="null"/> when the rule is turned off.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The severity.</returns>
    public Severity? GetSeverity(ValidationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return _severities[rule.Index];
    }

    /// <summary>Validates one report on its own (no cross-year rules).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The findings.</returns>
    public ValidationResult Validate(AnnualReport report)
    {
        var findings = new List<ValidationFinding>();
        Validate(report, findings);
        return new ValidationResult(findings);
    }

    /// <summary>Validates one report on its own (no cross-year rules), adding the findings to a collection.</summary>
    /// <param name="report">The report.</param>
    /// <param name="findings">Receives the findings.</param>
    /// <returns>The number of findings added.</returns>
    public int Validate(AnnualReport report, ICollection<ValidationFinding> findings) => Validate(report, findings, null, null);

    /// <summary>
    /// Validates one agency's reports across years: carry-over per column, 现行有效件数 continuity, legacy cumulative
    /// continuity, missing years and duplicate years. The reports on their own are not validated: call
    /// <see cref="Validate(AnnualReport)"/> for that.
    /// </summary>
    /// <param name="reports">The reports, in any order. Which reports are one agency's is the caller's decision (see <see cref="AgencyKey"/>).</param>
    /// <returns>The findings; each is about the later report of the years it compares.</returns>
    public ValidationResult ValidateSeries(IEnumerable<AnnualReport> reports)
    {
        var findings = new List<ValidationFinding>();
        ValidateSeries(reports, findings);
        return new ValidationResult(findings);
    }

    /// <summary>Validates one agency's reports across years, adding the findings to a collection.</summary>
    /// <param name="reports">The reports, in any order.</param>
    /// <param name="findings">Receives the findings.</param>
    /// <returns>The number of findings added.</returns>
    public int ValidateSeries(IEnumerable<AnnualReport> reports, ICollection<ValidationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return ValidateSeries(reports.Select(r => new SourcedReport(r, null, null)), findings);
    }

    internal int Validate(AnnualReport report, ICollection<ValidationFinding> findings, string? source, long? line)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findings);
        var collector = new Collector(this, report, source, line);
        var plan = Plans[(int)report.Format];
        var today = DateOnly.FromDateTime(Options.TimeProvider.GetUtcNow().ToOffset(ChinaStandardTime).DateTime);
        CheckYear(ref collector, report, today);
        CheckCodes(ref collector, report);
        CheckPublication(ref collector, report, today);
        CheckCompleteness(ref collector, report, plan);
        foreach (var relation in _withinReport[(int)report.Format])
        {
            CheckRelation(ref collector, relation, report, null);
        }

        return collector.Finish(findings, RuleScope.Report);
    }

    internal int ValidateSeries(IEnumerable<SourcedReport> reports, ICollection<ValidationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var byYear = reports.GroupBy(r => r.Report.Year).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
        if (byYear.Length == 0)
        {
            return 0;
        }

        var added = 0;
        var firstYear = byYear[0][0].Report.Year;
        var lastYear = byYear[^1][0].Report.Year;
        for (var i = 0; i < byYear.Length; i++)
        {
            var group = byYear[i];
            var year = group[0].Report.Year;
            var previousYear = i > 0 ? byYear[i - 1][0].Report.Year : year - 1;
            for (var d = 0; d < group.Length; d++)
            {
                var current = group[d];
                var collector = new Collector(this, current.Report, current.Source, current.Line);
                if (d == 0 && i > 0 && collector.IsEnabled(SeriesMissingYear))
                {
                    for (var missing = previousYear + 1; missing < year; missing++)
                    {
                        collector.Add(SeriesMissingYear, [Arg("missingYear", missing), Arg("firstYear", firstYear), Arg("lastYear", lastYear)]);
                    }
                }

                // Every report of a duplicated year is flagged, whatever the input order; no pair involving that year is
                // checked, since which of its reports is right is not known.
                if (group.Length > 1 && collector.IsEnabled(SeriesDuplicateYear))
                {
                    collector.Add(SeriesDuplicateYear, [Arg("year", year), Arg("count", group.Length)]);
                }

                if (i > 0 && previousYear == year - 1 && group.Length == 1 && byYear[i - 1].Length == 1)
                {
                    foreach (var relation in _acrossYears[(int)current.Report.Format])
                    {
                        CheckRelation(ref collector, relation, current.Report, byYear[i - 1][0].Report);
                    }
                }

                added += collector.Finish(findings, RuleScope.Series);
            }
        }

        return added;
    }

    internal static FindingArgument Arg(string name, long value) => new(name, value.ToString(CultureInfo.InvariantCulture));

    internal static FindingArgument Arg(string name, string value) => new(name, value);

    private static FindingArgument Arg(string name, CellValue value) => new(name, value.ToString(null, CultureInfo.InvariantCulture));

    private static FindingArgument Arg(string name, DateOnly value) => new(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static void CheckYear(ref Collector collector, AnnualReport report, DateOnly today)
    {
        if (report.Year > today.Year && collector.IsEnabled(YearInFuture))
        {
            collector.Add(YearInFuture, [Arg("year", report.Year), Arg("currentYear", today.Year)]);
        }

        var format = report.Definition;
        if (report.Year < format.FirstYear && collector.IsEnabled(FormatNotYetInForce))
        {
            collector.Add(FormatNotYetInForce, [Arg("format", format.Key), Arg("firstYear", format.FirstYear), Arg("year", report.Year)]);
        }
        else if (report.Year > format.LastYear && collector.IsEnabled(FormatSuperseded))
        {
            collector.Add(
                FormatSuperseded,
                [Arg("year", report.Year), Arg("expectedFormat", FormatCatalog.ForYear(report.Year).Key), Arg("format", format.Key), Arg("lastYear", format.LastYear.Value)]);
        }
    }

    private static void CheckCodes(ref Collector collector, AnnualReport report)
    {
        var agency = report.Agency;
        if (agency.CreditCode is { } credit)
        {
            if (!credit.HasValidCheckCharacter && collector.IsEnabled(CreditCodeCheckCharacter))
            {
                var expected = UnifiedSocialCreditCode.ComputeCheckCharacter(credit.Value.AsSpan(0, 17));
                collector.Add(
                    CreditCodeCheckCharacter,
                    [Arg("creditCode", credit.Value), Arg("expected", expected.ToString()), Arg("actual", credit.CheckCharacter.ToString())]);
            }

            if (!credit.IsStateOrgan && collector.IsEnabled(CreditCodeNotStateOrgan))
            {
                collector.Add(CreditCodeNotStateOrgan, [Arg("creditCode", credit.Value)]);
            }
        }

        if (agency.DivisionCode is not { } division)
        {
            return;
        }

        var problem = DescribeDivisionProblem(division.Value);
        if (problem is not null)
        {
            if (collector.IsEnabled(DivisionCodeShape))
            {
                collector.Add(DivisionCodeShape, [Arg("divisionCode", division.Value), new FindingArgument("problem", problem.Value.Chinese, problem.Value.English)]);
            }

            return;
        }

        var implied = division.Value == NationalDivisionCode ? AgencyLevel.National : division.ImpliedLevel;
        if (agency.Level is { } level && level != implied && collector.IsEnabled(DivisionCodeLevel))
        {
            collector.Add(
                DivisionCodeLevel,
                [Arg("divisionCode", division.Value), LevelArg("impliedLevel", implied), LevelArg("level", level)]);
        }

        if (agency.CreditCode is { } creditCode
            && !IsRegistrationNested(creditCode.Value.AsSpan(2, 6), division.Value)
            && creditCode.RegistrationDivision is { } registration
            && registration.Value != NationalDivisionCode && division.Value != NationalDivisionCode
            && !division.IsWithin(registration) && !registration.IsWithin(division)
            && collector.IsEnabled(CreditCodeDivision))
        {
            collector.Add(
                CreditCodeDivision,
                [Arg("creditCode", agency.CreditCode.Value.Value), Arg("registrationDivision", registration.Value), Arg("divisionCode", division.Value)]);
        }
    }

    /// <summary>
    /// Tells, without allocating, whether the registration division of a credit code (characters 3 to 8) contains or lies
    /// within a division; false when it is not a division code, so that the full check decides.
    /// </summary>
    private static bool IsRegistrationNested(ReadOnlySpan<char> registration, ReadOnlySpan<char> division)
    {
        return DivisionCode.Check(registration) is null && (IsWithin(division, registration) || IsWithin(registration, division));

        static bool IsWithin(ReadOnlySpan<char> inner, ReadOnlySpan<char> outer)
        {
            var significant = outer.Length > 6 ? outer.Length
                : outer.Slice(2, 4).SequenceEqual("0000") ? 2
                : outer.Slice(4, 2).SequenceEqual("00") ? 4 : outer.Length;
            return inner.Length >= significant && inner[..significant].SequenceEqual(outer[..significant]);
        }
    }

    private static (string Chinese, string English)? DescribeDivisionProblem(string code)
    {
        if (code == NationalDivisionCode)
        {
            return null;
        }

        if (!IsProvinceNumber[((code[0] - '0') * 10) + (code[1] - '0')])
        {
            var province = code[..2];
            return ($"省级代码 {province} 不存在", $"there is no province {province}");
        }

        var prefecture = code.AsSpan(2, 2);
        var county = code.AsSpan(4, 2);
        if (prefecture.SequenceEqual("00") && !county.SequenceEqual("00"))
        {
            return ("地级部分为 00 而县级部分不为 00", "the prefecture part is 00 but the county part is not");
        }

        if (code.Length > 6 && prefecture.SequenceEqual("00"))
        {
            return ("乡级代码须在县级或地级代码之下，不能直接在省级代码之下", "a township code must lie within a county or prefecture, not directly within a province");
        }

        if (code.Length > 6 && code.AsSpan(6, 3).SequenceEqual("000"))
        {
            return ("乡级部分不能为 000", "the township part cannot be 000");
        }

        return null;
    }

    private static FindingArgument LevelArg(string name, AgencyLevel level) => level switch
    {
        AgencyLevel.National => new(name, "国家级", "national"),
        AgencyLevel.Provincial => new(name, "省级", "provincial"),
        AgencyLevel.Prefectural => new(name, "地级", "prefectural"),
        AgencyLevel.County => new(name, "县级", "county"),
        _ => new(name, "乡级", "township"),
    };

    private void CheckPublication(ref Collector collector, AnnualReport report, DateOnly today)
    {
        if (report.PublishedOn is not { } published)
        {
            return;
        }

        if (published.Year <= report.Year)
        {
            if (collector.IsEnabled(PublishedTooEarly))
            {
                collector.Add(PublishedTooEarly, [Arg("publishedOn", published), Arg("year", report.Year)]);
            }
        }
        else
        {
            var deadline = Options.Deadlines.GetDeadline(report);
            if (published > deadline && collector.IsEnabled(PublishedLate))
            {
                var rule = PublicationDeadlines.GetKind(report) switch
                {
                    PublicationDeadlines.DeadlineKind.Legacy => new FindingArgument("deadlineRule", "2008–2018 年度报告", "reports on 2008–2018"),
                    PublicationDeadlines.DeadlineKind.Departments => new FindingArgument("deadlineRule", "县级以上人民政府部门", "departments of people's governments at or above county level"),
                    _ => new FindingArgument("deadlineRule", "人民政府及其他报告单位", "people's governments and other agencies"),
                };
                collector.Add(PublishedLate, [Arg("publishedOn", published), Arg("deadline", deadline), rule]);
            }
        }

        if (published > today && collector.IsEnabled(PublishedInFuture))
        {
            collector.Add(PublishedInFuture, [Arg("publishedOn", published), Arg("today", today)]);
        }
    }

    private static void CheckCompleteness(ref Collector collector, AnnualReport report, FormatPlan plan)
    {
        if (plan.RequiredSections.IsEmpty)
        {
            return;
        }

        if (collector.IsEnabled(TableMissing))
        {
            var cells = report.Cells.AsSpan();
            foreach (var table in report.Definition.Tables)
            {
                var range = cells.Slice(table.Cells[0].Ordinal, table.Cells.Length);
                if (!range.ContainsAnyExcept(CellValue.Blank, CellValue.NotApplicable))
                {
                    collector.Add(TableMissing, [new FindingArgument("table", table.Label, table.EnglishLabel)]);
                }
            }
        }

        if (report.Sections.IsEmpty)
        {
            if (collector.IsEnabled(SectionsNotRecorded))
            {
                collector.Add(SectionsNotRecorded, [Arg("format", report.Definition.Key), Arg("count", plan.RequiredSections.Length)]);
            }

            return;
        }

        if (collector.IsEnabled(SectionMissing))
        {
            foreach (var section in plan.RequiredSections)
            {
                if (!report.Sections.ContainsKey(section.Section))
                {
                    collector.Add(SectionMissing, [new FindingArgument("section", section.Label, section.EnglishLabel)]);
                }
            }
        }
    }

    /// <summary>Checks a relation whose rule is on; the finding is built apart, off the path of relations that hold.</summary>
    private static void CheckRelation(ref Collector collector, PlannedRelation planned, AnnualReport report, AnnualReport? previous)
    {
        if (previous is null && planned.Relation.HoldsOrDoesNotApply(report))
        {
            return;
        }

        var check = planned.Relation.Evaluate(report, previous);
        if (check.Outcome is RelationOutcome.Violated or RelationOutcome.CannotCheck or RelationOutcome.OutOfRange)
        {
            AddRelationFinding(ref collector, planned, check, report, previous);
        }
    }

    private static void AddRelationFinding(ref Collector collector, PlannedRelation planned, RelationCheck check, AnnualReport report, AnnualReport? previous)
    {
        var relation = planned.Relation;
        switch (check.Outcome)
        {
            case RelationOutcome.Violated:
                var difference = (check.Left.Value - check.Right.Value).ToString(CultureInfo.InvariantCulture);
                collector.Add(
                    planned.Rule,
                    [
                        Arg("relation", relation.Id),
                        new FindingArgument("rule", relation.Label, relation.EnglishLabel),
                        new FindingArgument("subject", relation.Subject, relation.EnglishSubject),
                        Arg("left", check.Left),
                        Arg("right", check.Right),
                        Arg("difference", difference),
                        Arg("previousYear", previous?.Year ?? report.Year - 1),
                    ],
                    relation.Id,
                    CellsOf(relation, report, previous),
                    expected: check.Right,
                    actual: check.Left);
                break;
            case RelationOutcome.OutOfRange when collector.IsEnabled(SumOutOfRange):
                // Figures so large that a side's sum leaves the 18 digits of a cell: a finding, never an exception.
                collector.Add(
                    SumOutOfRange,
                    [Arg("relation", relation.Id), new FindingArgument("rule", relation.Label, relation.EnglishLabel)],
                    relation.Id,
                    CellsOf(relation, report, previous));
                break;
            case RelationOutcome.CannotCheck when collector.IsEnabled(CannotCheck):
                var blank = relation.GetBlankTerms(report, previous).Select(t => t.ToString()).ToArray();
                collector.Add(
                    CannotCheck,
                    [
                        Arg("relation", relation.Id),
                        new FindingArgument("rule", relation.Label, relation.EnglishLabel),
                        new FindingArgument("blankCells", string.Join("、", blank), string.Join(", ", blank)),
                    ],
                    relation.Id,
                    CellsOf(relation, report, previous),
                    expected: check.Right,
                    actual: check.Left);
                break;
        }
    }

    private static ImmutableArray<CellKey> CellsOf(RelationDefinition relation, AnnualReport report, AnnualReport? previous)
    {
        var cells = ImmutableArray.CreateBuilder<CellKey>();
        foreach (var term in relation.Terms)
        {
            if (term.Cell is { } cell && !cells.Contains(cell)
                && (term.IsPreviousYear ? previous! : report).TryGetCell(cell, out var value) && value.IsApplicable)
            {
                cells.Add(cell);
            }
        }

        return cells.ToImmutable();
    }

    /// <summary>A report with where it was read from.</summary>
    internal readonly record struct SourcedReport(AnnualReport Report, string? Source, long? Line);

    private sealed record PlannedRelation(RelationDefinition Relation, ValidationRule Rule);

    private sealed class FormatPlan
    {
        public FormatPlan(FormatDefinition format)
        {
            var relations = format.Relations.Select(r => new PlannedRelation(r, RuleCatalog.ForRelation(r))).ToArray();
            WithinReport = [.. relations.Where(r => !r.Relation.IsCrossYear)];
            AcrossYears = [.. relations.Where(r => r.Relation.IsCrossYear)];
            RequiredSections = format.Format == ReportFormat.Legacy ? [] : format.Sections;
        }

        public PlannedRelation[] WithinReport { get; }

        public PlannedRelation[] AcrossYears { get; }

        public ImmutableArray<SectionDefinition> RequiredSections { get; }
    }

    /// <summary>Gathers one report's findings, allocating nothing until the first one.</summary>
    private struct Collector(ReportValidator validator, AnnualReport report, string? source, long? line)
    {
        private List<ValidationFinding>? _findings;
        private ReportIdentity? _identity;

        public readonly bool IsEnabled(ValidationRule rule) => validator._severities[rule.Index] is not null;

        public void Add(
            ValidationRule rule,
            FindingArgument[] arguments,
            string? relationId = null,
            ImmutableArray<CellKey> cells = default,
            CellValue expected = default,
            CellValue actual = default)
        {
            _identity ??= ReportIdentity.Of(report, source, line);
            (_findings ??= []).Add(new ValidationFinding(rule, validator._severities[rule.Index]!.Value, arguments)
            {
                RelationId = relationId,
                Cells = cells,
                Expected = expected,
                Actual = actual,
                Report = _identity,
            });
        }

        /// <summary>Applies the report's suppressions to its findings and hands them over.</summary>
        public int Finish(ICollection<ValidationFinding> destination, RuleScope scope)
        {
            var suppressions = report.Suppressions;
            if (_findings is null && suppressions.IsEmpty)
            {
                return 0;
            }

            var findings = _findings ?? [];
            if (!suppressions.IsEmpty)
            {
                var used = new bool[suppressions.Length];
                for (var i = 0; i < findings.Count; i++)
                {
                    var finding = findings[i];
                    for (var s = 0; s < suppressions.Length; s++)
                    {
                        if (Matches(suppressions[s], finding, report.Definition))
                        {
                            // Every suppression that fits is used; the first one given explains the finding.
                            used[s] = true;
                            if (!findings[i].IsExplained)
                            {
                                findings[i] = finding with { Explanation = suppressions[s] };
                            }
                        }
                    }
                }

                for (var s = 0; s < suppressions.Length; s++)
                {
                    var suppression = suppressions[s];
                    var target = Target(suppression, report.Definition);
                    if (target is null)
                    {
                        if (scope == RuleScope.Report && IsEnabled(UnknownSuppressionCode))
                        {
                            Add(UnknownSuppressionCode, [Arg("code", suppression.Code)]);
                        }
                    }
                    else if (!used[s] && target == scope && IsEnabled(UnusedSuppression))
                    {
                        var cells = suppression.Cells.IsEmpty
                            ? new FindingArgument("cells", "所有单元格", "all cells")
                            : Arg("cells", string.Join(", ", suppression.Cells));
                        Add(UnusedSuppression, [Arg("code", suppression.Code), cells, Arg("reason", suppression.Reason)], null, suppression.Cells, default, default);
                    }
                }

                findings = _findings ?? [];
            }

            foreach (var finding in findings)
            {
                destination.Add(finding);
            }

            return findings.Count;
        }

        private static bool Matches(Suppression suppression, ValidationFinding finding, FormatDefinition format)
        {
            var code = suppression.Code;
            var codeMatches = string.Equals(code, finding.Code, StringComparison.Ordinal)
                || (finding.RelationId is { } id
                    && (string.Equals(code, id, StringComparison.Ordinal)
                        || string.Equals(code, format.FindRelation(id)?.Stem, StringComparison.Ordinal)));
            return codeMatches && (suppression.Cells.IsEmpty || suppression.Cells.Any(finding.Cells.Contains));
        }

        /// <summary>
        /// Says whether a suppression explains a finding of the single-report or of the series validation (so that only
        /// that one reports it unused); null when its code names nothing. A "cannot check" suppression belongs to the
        /// series when every cell it names is read by a cross-year relation.
        /// </summary>
        private static RuleScope? Target(Suppression suppression, FormatDefinition format)
        {
            var code = suppression.Code;
            if (string.Equals(code, RuleCodes.CannotCheck, StringComparison.Ordinal))
            {
                var crossYearCells = format.Relations.Where(r => r.IsCrossYear).SelectMany(r => r.Terms).Select(t => t.Cell);
                return !suppression.Cells.IsEmpty && suppression.Cells.All(c => crossYearCells.Contains(c)) ? RuleScope.Series : RuleScope.Report;
            }

            if (RuleCatalog.TryGet(code, out var rule))
            {
                return rule.Scope == RuleScope.Series ? RuleScope.Series : RuleScope.Report;
            }

            if (format.FindRelation(code) is { } relation)
            {
                return relation.IsCrossYear ? RuleScope.Series : RuleScope.Report;
            }

            var stem = format.Relations.FirstOrDefault(r => string.Equals(r.Stem, code, StringComparison.Ordinal));
            return stem is null ? null : stem.IsCrossYear ? RuleScope.Series : RuleScope.Report;
        }
    }
}
