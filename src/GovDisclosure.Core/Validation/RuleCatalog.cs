using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using GovDisclosure.Catalog;
using static GovDisclosure.Validation.RuleCodes;

namespace GovDisclosure.Validation;

/// <summary>
/// Every validation rule, with its code, default severity and messages. Each family of arithmetic relations of the
/// <see cref="FormatCatalog"/> is one rule (its findings cite the relation's id); the other rules check identity,
/// metadata, dates, completeness and the input. <c>docs/validation-rules.md</c> is generated from this catalogue.
/// </summary>
public static class RuleCatalog
{
    private static readonly FrozenDictionary<string, ValidationRule> ByCode;
    private static readonly FrozenDictionary<string, ValidationRule> ByStem;

    static RuleCatalog()
    {
        All =
        [
            new(CannotCheck, Severity.Info, RuleScope.Report,
                "关系无法核对：所需单元格为空白",
                "A relation cannot be checked: a cell it needs is blank",
                "无法核对 {relation}（{rule}）：{blankCells} 为空白，空白不按 0 计。",
                "Cannot check {relation} ({rule}): {blankCells} blank, and a blank is not read as 0."),
            new(UnusedSuppression, Severity.Info, RuleScope.Report,
                "说明未对应任何检查结果",
                "An explained deviation matches no finding",
                "对 {code}（{cells}）的说明未对应任何检查结果：“{reason}”。",
                "The explanation for {code} ({cells}) matches no finding: \"{reason}\"."),
            new(UnknownSuppressionCode, Severity.Warning, RuleScope.Report,
                "说明引用了不存在的规则代码或关系",
                "An explained deviation cites a code or relation that does not exist",
                "说明引用了不存在的规则代码或关系：{code}。",
                "An explanation cites a code or relation that does not exist: {code}."),
            new(SumOutOfRange, Severity.Error, RuleScope.Report,
                "关系一侧之和超过 18 位有效数字，无法核对",
                "A side of a relation adds up to more than 18 significant digits, so it cannot be checked",
                "{relation}（{rule}）一侧之和超过 18 位有效数字：所涉单元格的数字过大，无法核对。",
                "{relation} ({rule}): a side adds up to more than 18 significant digits; the figures of its cells are too large to check."),

            new(YearInFuture, Severity.Error, RuleScope.Report,
                "报告年度晚于当前年度",
                "The reporting year is after the current year",
                "报告年度 {year} 晚于当前年度 {currentYear}。",
                "The reporting year {year} is after the current year {currentYear}."),
            new(FormatNotYetInForce, Severity.Error, RuleScope.Report,
                "报告格式在报告年度尚未施行",
                "The format was not yet in force for the reporting year",
                "{format} 格式自 {firstYear} 年度起使用，不适用于 {year} 年度报告。",
                "The {format} format is used from {firstYear} on; it cannot apply to a report on {year}."),
            new(FormatSuperseded, Severity.Warning, RuleScope.Report,
                "报告格式在报告年度已被取代",
                "The format had been replaced by the reporting year",
                "{year} 年度报告应使用 {expectedFormat} 格式，而不是 {format} 格式（最后用于 {lastYear} 年度）。",
                "A report on {year} should use the {expectedFormat} format, not {format} (last used for {lastYear})."),
            new(CreditCodeCheckCharacter, Severity.Error, RuleScope.Report,
                "统一社会信用代码校验码错误（GB 32100-2015）",
                "The check character of the unified social credit code is wrong (GB 32100-2015)",
                "统一社会信用代码 {creditCode} 的校验码应为 {expected}，实为 {actual}。",
                "Unified social credit code {creditCode}: the check character should be {expected}, found {actual}."),
            new(CreditCodeNotStateOrgan, Severity.Info, RuleScope.Report,
                "统一社会信用代码不是机关的代码（不以 11 开头）",
                "The unified social credit code is not an organ of state's (it does not start with 11)",
                "统一社会信用代码 {creditCode} 不以 11（机构编制部门登记的机关）开头。",
                "Unified social credit code {creditCode} does not start with 11 (an organ of state registered by the establishment authority)."),
            new(DivisionCodeShape, Severity.Error, RuleScope.Report,
                "行政区划代码不符合 GB/T 2260 的结构",
                "The administrative division code does not have the structure of GB/T 2260",
                "行政区划代码 {divisionCode} 不符合 GB/T 2260：{problem}。",
                "Administrative division code {divisionCode} is not a GB/T 2260 code: {problem}."),
            new(DivisionCodeLevel, Severity.Warning, RuleScope.Report,
                "行政区划代码与报告单位层级不符",
                "The administrative division code disagrees with the agency's level",
                "行政区划代码 {divisionCode} 是{impliedLevel}代码，而报告单位层级为{level}。",
                "Administrative division code {divisionCode} is a {impliedLevel} code, but the agency's level is {level}."),
            new(CreditCodeDivision, Severity.Info, RuleScope.Report,
                "统一社会信用代码中的登记管理机关行政区划码与行政区划代码互不相属",
                "The registration division in the unified social credit code and the division code are unrelated",
                "统一社会信用代码 {creditCode} 中的登记管理机关行政区划码 {registrationDivision} 与行政区划代码 {divisionCode} 互不相属。",
                "The registration division {registrationDivision} in credit code {creditCode} neither contains nor lies within division {divisionCode}."),

            new(RequestsBalance, Severity.Error, RuleScope.Report,
                "表三各列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理",
                "Table 3, each column: newly received + carried over = results total + carried forward",
                "表三“{subject}”列：本年新收 + 上年结转 = {left}，而（七）总计 + 结转下年度继续办理 = {right}（差 {difference}）。",
                "Table 3, column '{subject}': newly received + carried over = {left}, but results total + carried forward = {right} (difference {difference}).",
                "requests.balance"),
            new(RequestsResultsTotal, Severity.Error, RuleScope.Report,
                "表三各列：（七）总计 = （一）至（六）各项之和",
                "Table 3, each column: results total (7) = the sum of outcomes (1) to (6)",
                "表三“{subject}”列：（七）总计为 {left}，而（一）至（六）各项之和为 {right}（差 {difference}）。",
                "Table 3, column '{subject}': the results total (7) is {left}, but outcomes (1) to (6) add up to {right} (difference {difference}).",
                "requests.resultsTotal"),
            new(RequestsColumnTotal, Severity.Error, RuleScope.Report,
                "表三各行：总计 = 六类申请人之和",
                "Table 3, each row: total = the six applicant columns",
                "表三“{subject}”行：总计为 {left}，而六类申请人之和为 {right}（差 {difference}）。",
                "Table 3, row '{subject}': the total is {left}, but the six applicant columns add up to {right} (difference {difference}).",
                "requests.columnTotal"),
            new(ReviewsTotal, Severity.Error, RuleScope.Report,
                "表四各项：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
                "Table 4, each group: total = upheld + corrected + other result + pending",
                "表四“{subject}”：总计为 {left}，而结果维持、结果纠正、其他结果、尚未审结之和为 {right}（差 {difference}）。",
                "Table 4, '{subject}': the total is {left}, but upheld + corrected + other + pending add up to {right} (difference {difference}).",
                "reviews.total"),
            new(LegacyRequestChannels, Severity.Error, RuleScope.Report,
                "统计表：申请总数 = 所列各申请方式之和",
                "Statistics table: requests received = the sum of the channels printed",
                "统计表（{subject}）：申请总数为 {left}，而所列各申请方式之和为 {right}（差 {difference}）。",
                "Statistics table ({subject}): requests received are {left}, but the channels printed add up to {right} (difference {difference}).",
                "legacy.requestChannels"),
            new(LegacyResponseOutcomes, Severity.Error, RuleScope.Report,
                "统计表：答复总数 = 所列各答复类型之和",
                "Statistics table: responses = the sum of the outcomes printed",
                "统计表（{subject}）：答复总数为 {left}，而所列各答复类型之和为 {right}（差 {difference}）。",
                "Statistics table ({subject}): responses are {left}, but the outcomes printed add up to {right} (difference {difference}).",
                "legacy.responseOutcomes"),
            new(LegacyPartOf, Severity.Error, RuleScope.Report,
                "统计表：“其中”项不大于其所属项",
                "Statistics table: an 'of which' row is at most the row it is part of",
                "统计表：“其中”项“{subject}”为 {left}，大于其所属项的 {right}。",
                "Statistics table: the 'of which' row '{subject}' is {left}, more than the {right} of the row it is part of.",
                "legacy.partOf"),
            new(LegacyCumulativeAtLeastAnnual, Severity.Error, RuleScope.Report,
                "统计表：历年累计不小于本年度",
                "Statistics table: the cumulative figure is at least the annual one",
                "统计表“{subject}”：本年度 {left} 大于历年累计 {right}。",
                "Statistics table, '{subject}': the annual figure {left} exceeds the cumulative figure {right}.",
                "legacy.cumulativeAtLeastAnnual"),

            new(LegacyCategorySum, Severity.Warning, RuleScope.Report,
                "正文所列各类别主动公开数之和 = 统计表主动公开总数",
                "The categories stated in the text add up to the table's proactive total",
                "正文所列各类别主动公开数之和为 {left}，而统计表主动公开总数为 {right}（差 {difference}）。",
                "The categories stated in the text add up to {left}, but the table's proactive total is {right} (difference {difference}).",
                "legacy.categorySum"),

            new(SeriesCarryOver, Severity.Warning, RuleScope.Series,
                "表三各列：本年“上年结转” = 上年“结转下年度继续办理”",
                "Table 3, each column: carried over this year = carried forward last year",
                "表三“{subject}”列：上年结转为 {left}，而 {previousYear} 年度报告的结转下年度继续办理为 {right}（差 {difference}）。",
                "Table 3, column '{subject}': carried over is {left}, but the {previousYear} report carried forward {right} (difference {difference}).",
                "series.carryOver"),
            new(SeriesInForce, Severity.Info, RuleScope.Series,
                "表二：现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数",
                "Table 2: in force = last year's in force + issued − repealed",
                "表二“{subject}”：现行有效件数为 {left}，而 {previousYear} 年度现行有效件数 + 本年制发 − 本年废止 = {right}（差 {difference}；修改等情形可致不一致）。",
                "Table 2, '{subject}': {left} in force, but the {previousYear} figure + issued − repealed = {right} (difference {difference}; amendments can explain this).",
                "series.inForce"),
            new(SeriesCumulative, Severity.Warning, RuleScope.Series,
                "统计表：本年历年累计 = 上年历年累计 + 本年度",
                "Statistics table: cumulative = last year's cumulative + this year's annual figure",
                "统计表“{subject}”：历年累计为 {left}，而 {previousYear} 年度历年累计 + 本年度 = {right}（差 {difference}）。",
                "Statistics table, '{subject}': the cumulative figure is {left}, but the {previousYear} cumulative + this year's = {right} (difference {difference}).",
                "series.cumulative"),
            new(SeriesMissingYear, Severity.Warning, RuleScope.Series,
                "同一单位的年度报告缺少某一年度",
                "A year is missing from an agency's reports",
                "缺少 {missingYear} 年度报告（已有 {firstYear}–{lastYear} 年度）。",
                "No report for {missingYear} (the reports run from {firstYear} to {lastYear})."),
            new(SeriesDuplicateYear, Severity.Error, RuleScope.Series,
                "同一单位同一年度有多份报告",
                "Several reports for the same agency and year",
                "同一单位 {year} 年度有 {count} 份报告。",
                "{count} reports for the same agency and year {year}."),

            new(PublishedTooEarly, Severity.Error, RuleScope.Report,
                "发布日期不晚于报告年度的 12 月 31 日",
                "Published on or before 31 December of the reporting year",
                "发布日期 {publishedOn} 不晚于报告年度 {year} 的 12 月 31 日。",
                "Published on {publishedOn}, not after 31 December of the reporting year {year}."),
            new(PublishedLate, Severity.Warning, RuleScope.Report,
                "发布日期晚于发布期限",
                "Published after the deadline",
                "发布日期 {publishedOn} 晚于发布期限 {deadline}（{deadlineRule}）。",
                "Published on {publishedOn}, after the deadline {deadline} ({deadlineRule})."),
            new(PublishedInFuture, Severity.Warning, RuleScope.Report,
                "发布日期晚于今天",
                "The publication date is after today",
                "发布日期 {publishedOn} 晚于今天（{today}）。",
                "The publication date {publishedOn} is after today ({today})."),

            new(TableMissing, Severity.Error, RuleScope.Report,
                "缺少格式要求的统计表（所有单元格均为空白）",
                "A table the format requires is missing (every cell is blank)",
                "缺少“{table}”：该表所有单元格均为空白。",
                "'{table}' is missing: every cell is blank."),
            new(SectionMissing, Severity.Warning, RuleScope.Report,
                "缺少格式要求的正文部分",
                "A section the format requires is missing",
                "缺少“{section}”部分。",
                "Section '{section}' is missing."),
            new(SectionsNotRecorded, Severity.Info, RuleScope.Report,
                "报告未记录正文，未核对必备部分",
                "The report carries no section text, so the required sections were not checked",
                "报告未记录正文各部分，未核对 {format} 格式要求的 {count} 个部分。",
                "The report carries no section text; the {count} sections of the {format} format were not checked."),

            new(Unreadable, Severity.Error, RuleScope.Input,
                "无法读取报告",
                "The input could not be read as a report",
                "无法读取报告：{location}：{problem}",
                "The report could not be read: {location}: {problem}"),
            new(NegativeCount, Severity.Error, RuleScope.Input,
                "非增减列的计数为负数（读取时拒绝）",
                "A negative figure in a column that is not signed (refused when read)",
                "计数为负数，报告未读入：{location}：{problem}",
                "A negative count; the report was not read: {location}: {problem}"),
            new(FractionalCount, Severity.Error, RuleScope.Input,
                "计数带小数（读取时拒绝）",
                "A fraction in a count (refused when read)",
                "计数带小数，报告未读入：{location}：{problem}",
                "A fraction in a count; the report was not read: {location}: {problem}"),
        ];

        for (var i = 0; i < All.Length; i++)
        {
            All[i].Index = i;
        }

        ByCode = All.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        ByStem = All.Where(r => r.RelationStem is not null).ToFrozenDictionary(r => r.RelationStem!, StringComparer.Ordinal);
    }

    /// <summary>Gets every rule, in code order.</summary>
    public static ImmutableArray<ValidationRule> All { get; }

    /// <summary>Gets a rule by its code.</summary>
    /// <param name="code">The code, such as <c>GD0201</c>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No rule has the code.</exception>
    public static ValidationRule Get(string code) =>
        TryGet(code, out var rule) ? rule : throw new KeyNotFoundException($"No validation rule has the code '{code}'.");

    /// <summary>Finds a rule by its code.</summary>
    /// <param name="code">The code, such as <c>GD0201</c>.</param>
    /// <param name="rule">The rule, when found.</param>
    /// <returns><see langword="true"/> when a rule has the code.</returns>
    public static bool TryGet(string code, [NotNullWhen(true)] out ValidationRule? rule)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByCode.TryGetValue(code, out rule);
    }

    /// <summary>Gets the rule that checks a relation of the format catalogue.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No rule checks the relation's family (a catalogue defect).</exception>
    public static ValidationRule ForRelation(RelationDefinition relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return ByStem.TryGetValue(relation.Stem, out var rule)
            ? rule
            : throw new KeyNotFoundException($"No validation rule checks the relations '{relation.Stem}'.");
    }
}
