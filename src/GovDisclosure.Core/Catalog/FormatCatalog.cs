using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GovDisclosure.Catalog;

/// <summary>
/// The catalogue of the three report formats: every table, row, column, applicable cell, value kind, label
/// (Chinese as printed, English, variants), arithmetic relation and key-indicator mapping. Everything else
/// in the library — the model, JSON, rendering, validation — is driven by it; a new provincial legacy variant
/// or a future national format is a new entry here, not new code.
/// </summary>
public static class FormatCatalog
{
    private static readonly string[] ReviewParts = ["upheld", "corrected", "other", "pending"];

    private static readonly ImmutableArray<FormatDefinition> Formats = [BuildLegacy(), BuildNational(ReportFormat.National2019), BuildNational(ReportFormat.National2021)];

    /// <summary>Gets the legacy format (reports on 2008–2018).</summary>
    public static FormatDefinition Legacy => Formats[(int)ReportFormat.Legacy];

    /// <summary>Gets the 2019 national format (reports on 2019 and 2020).</summary>
    public static FormatDefinition National2019 => Formats[(int)ReportFormat.National2019];

    /// <summary>Gets the 2021 national format (reports on 2021 and later).</summary>
    public static FormatDefinition National2021 => Formats[(int)ReportFormat.National2021];

    /// <summary>Gets all formats, in the order of <see cref="ReportFormat"/>.</summary>
    public static ImmutableArray<FormatDefinition> All => Formats;

    /// <summary>Gets a format's definition.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The definition.</returns>
    public static FormatDefinition Get(ReportFormat format) =>
        unchecked((uint)format < (uint)Formats.Length) ? Formats[(int)format] : throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");

    /// <summary>Finds a format by its key (<c>legacy</c>, <c>national2019</c>, <c>national2021</c>).</summary>
    /// <param name="key">The key.</param>
    /// <param name="format">The definition, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the key names a format.</returns>
    public static bool TryGetByKey(string? key, [NotNullWhen(true)] out FormatDefinition? format)
    {
        foreach (var candidate in Formats)
        {
            if (string.Equals(candidate.Key, key, StringComparison.Ordinal))
            {
                format = candidate;
                return true;
            }
        }

        format = null;
        return false;
    }

    /// <summary>Gets the format used for reports on a year: legacy up to 2018, national2019 for 2019–2020, national2021 from 2021.</summary>
    /// <param name="year">The reporting year.</param>
    /// <returns>The definition.</returns>
    public static FormatDefinition ForYear(int year) => year <= 2018 ? Legacy : year <= 2020 ? National2019 : National2021;

    private static Heading H(string label, string english) => new(label, english);

    private static RowDefinition Row<TEnum>(TEnum member, string key, string label, string english, params string[] variants)
        where TEnum : struct, Enum =>
        new(key, Convert.ToInt32(member, CultureInfo.InvariantCulture), label, english, [.. variants]);

    private static ColumnDefinition Column<TEnum>(TEnum member, string key, string label, string english, ValueKind kind = ValueKind.Count, MoneyUnit? unit = null, params string[] variants)
        where TEnum : struct, Enum =>
        new(key, Convert.ToInt32(member, CultureInfo.InvariantCulture), label, english, [.. variants], kind, unit);

    private static TableDefinition Table<TRow, TColumn>(
        string key,
        string label,
        string english,
        ImmutableArray<RowDefinition> rows,
        ImmutableArray<ColumnDefinition> columns,
        Func<RowDefinition, ColumnDefinition, bool> applies,
        int firstOrdinal)
        where TRow : struct, Enum
        where TColumn : struct, Enum =>
        new(key, label, english, typeof(TRow), typeof(TColumn), rows, columns, applies, firstOrdinal, Enum.GetValues<TRow>().Length, Enum.GetValues<TColumn>().Length);

    // ----------------------------------------------------------------------------------------------------------------
    // National formats
    // ----------------------------------------------------------------------------------------------------------------
    private static FormatDefinition BuildNational(ReportFormat format)
    {
        var is2021 = format == ReportFormat.National2021;
        var proactive = is2021 ? Proactive2021() : Proactive2019();
        var requests = Requests(is2021, proactive.Cells.Length);
        var reviews = Reviews(proactive.Cells.Length + requests.Cells.Length);

        var definition = is2021
            ? new FormatDefinition(
                format,
                "national2021",
                "中华人民共和国政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）",
                "2021 national format (国办公开办函〔2021〕30号), for reports on 2021 and later",
                2021,
                null,
                [proactive, requests, reviews],
                NationalSections("五、存在的主要问题及改进情况", ["五、政府信息公开工作存在的主要问题及改进情况"]))
            : new FormatDefinition(
                format,
                "national2019",
                "中华人民共和国政府信息公开工作年度报告格式（试行）（国办公开办函〔2019〕60号）",
                "2019 national format, trial (国办公开办函〔2019〕60号), for reports on 2019 and 2020",
                2019,
                2020,
                [proactive, requests, reviews],
                NationalSections("五、政府信息公开工作存在的主要问题及改进情况", ["五、存在的主要问题及改进情况"]));

        definition.Complete(NationalRelations(definition), NationalKeyIndicators(definition));
        return definition;
    }

    private static ImmutableArray<SectionDefinition> NationalSections(string problemsLabel, string[] problemsVariants) =>
    [
        new(ReportSection.Overview, "overview", "一、总体情况", "I. Overview", []),
        new(ReportSection.Proactive, "proactive", "二、主动公开政府信息情况", "II. Proactive disclosure", []),
        new(ReportSection.Requests, "requests", "三、收到和处理政府信息公开申请情况", "III. Requests received and handled", []),
        new(ReportSection.Reviews, "reviews", "四、政府信息公开行政复议、行政诉讼情况", "IV. Administrative reconsideration and litigation", []),
        new(ReportSection.ProblemsAndImprovements, "problemsAndImprovements", problemsLabel, "V. Main problems and improvements", [.. problemsVariants]),
        new(ReportSection.OtherMatters, "otherMatters", "六、其他需要报告的事项", "VI. Other matters to report", ["六、其他需要报告的事项"]),
    ];

    private static TableDefinition Proactive2021()
    {
        var regulations = Row(ProactiveRow.Regulations, "regulations", "规章", "Rules (规章)");
        var normative = Row(ProactiveRow.NormativeDocuments, "normativeDocuments", "行政规范性文件", "Administrative normative documents", "规范性文件");
        var licensing = Row(ProactiveRow.Licensing, "licensing", "行政许可", "Administrative licensing");
        var penalty = Row(ProactiveRow.Penalty, "penalty", "行政处罚", "Administrative penalties");
        var coercion = Row(ProactiveRow.Coercion, "coercion", "行政强制", "Administrative coercion");
        var fees = Row(ProactiveRow.Fees, "fees", "行政事业性收费", "Administrative fees");

        var issued = Column(ProactiveColumn.Issued, "issued", "本年制发件数", "Issued this year");
        var repealed = Column(ProactiveColumn.Repealed, "repealed", "本年废止件数", "Repealed this year");
        var inForce = Column(ProactiveColumn.InForce, "inForce", "现行有效件数", "In force");
        var decisions = Column(ProactiveColumn.Decisions, "decisions", "本年处理决定数量", "Decisions this year", variants: ["处理决定数量"]);
        var amount = Column(ProactiveColumn.Amount, "amount", "本年收费金额（单位：万元）", "Fees collected this year (10,000 yuan)", ValueKind.Money, MoneyUnit.TenThousandYuan, "本年收费金额");

        ImmutableArray<TableBlock> blocks =
        [
            new(H("第二十条第（一）项", "Article 20 (1)"), [regulations, normative], [issued, repealed, inForce]),
            new(H("第二十条第（五）项", "Article 20 (5)"), [licensing], [decisions]),
            new(H("第二十条第（六）项", "Article 20 (6)"), [penalty, coercion], [decisions]),
            new(H("第二十条第（八）项", "Article 20 (8)"), [fees], [amount]),
        ];
        return ProactiveTable(blocks, [regulations, normative, licensing, penalty, coercion, fees], [issued, repealed, inForce, decisions, amount]);
    }

    private static TableDefinition Proactive2019()
    {
        var regulations = Row(ProactiveRow.Regulations, "regulations", "规章", "Rules (规章)");
        var normative = Row(ProactiveRow.NormativeDocuments, "normativeDocuments", "规范性文件", "Normative documents", "行政规范性文件");
        var licensing = Row(ProactiveRow.Licensing, "licensing", "行政许可", "Administrative licensing");
        var otherServices = Row(ProactiveRow.OtherManagementServices, "otherManagementServices", "其他对外管理服务事项", "Other external management services");
        var penalty = Row(ProactiveRow.Penalty, "penalty", "行政处罚", "Administrative penalties");
        var coercion = Row(ProactiveRow.Coercion, "coercion", "行政强制", "Administrative coercion");
        var fees = Row(ProactiveRow.Fees, "fees", "行政事业性收费", "Administrative fees");
        var procurement = Row(ProactiveRow.CentralizedProcurement, "centralizedProcurement", "政府集中采购", "Centralised government procurement");

        var newlyMade = Column(ProactiveColumn.NewlyMade, "newlyMade", "本年新制作数量", "Newly made this year");
        var newlyPublished = Column(ProactiveColumn.NewlyPublished, "newlyPublished", "本年新公开数量", "Newly published this year");
        var totalPublished = Column(ProactiveColumn.TotalPublished, "totalPublished", "对外公开总数量", "Total published");
        var previousYearItems = Column(ProactiveColumn.PreviousYearItems, "previousYearItems", "上一年项目数量", "Items last year");
        var itemChange = Column(ProactiveColumn.ItemChange, "itemChange", "本年增/减", "Change this year (+/−)", ValueKind.SignedCount, null, "本年增／减", "本年增减");
        var decisions = Column(ProactiveColumn.Decisions, "decisions", "处理决定数量", "Decisions", variants: ["本年处理决定数量"]);
        var projects = Column(ProactiveColumn.ProcurementProjects, "procurementProjects", "采购项目数量", "Procurement projects");
        var procurementAmount = Column(ProactiveColumn.ProcurementAmount, "procurementAmount", "采购总金额", "Total procurement amount", ValueKind.Money);

        ImmutableArray<TableBlock> blocks =
        [
            new(H("第二十条第（一）项", "Article 20 (1)"), [regulations, normative], [newlyMade, newlyPublished, totalPublished]),
            new(H("第二十条第（五）项", "Article 20 (5)"), [licensing, otherServices], [previousYearItems, itemChange, decisions]),
            new(H("第二十条第（六）项", "Article 20 (6)"), [penalty, coercion], [previousYearItems, itemChange, decisions]),
            new(H("第二十条第（八）项", "Article 20 (8)"), [fees], [previousYearItems, itemChange]),
            new(H("第二十条第（九）项", "Article 20 (9)"), [procurement], [projects, procurementAmount]),
        ];
        return ProactiveTable(
            blocks,
            [regulations, normative, licensing, otherServices, penalty, coercion, fees, procurement],
            [newlyMade, newlyPublished, totalPublished, previousYearItems, itemChange, decisions, projects, procurementAmount]);
    }

    private static TableDefinition ProactiveTable(ImmutableArray<TableBlock> blocks, ImmutableArray<RowDefinition> rows, ImmutableArray<ColumnDefinition> columns)
    {
        var table = Table<ProactiveRow, ProactiveColumn>(
            "proactive",
            "二、主动公开政府信息情况",
            "II. Proactive disclosure",
            rows,
            columns,
            (row, column) => blocks.Any(b => b.Rows.Contains(row) && b.Columns.Contains(column)),
            0);
        table.Layout = TableLayout.Blocks;
        table.Blocks = blocks;
        table.StubHeading = H("信息内容", "Content");
        return table;
    }

    private static TableDefinition Requests(bool is2021, int firstOrdinal)
    {
        var results = H("三、本年度办理结果", "III. Results this year");
        var denied = H("（三）不予公开", "(3) Denied");
        var unavailable = H("（四）无法提供", "(4) Unable to provide");
        var notProcessed = H("（五）不予处理", "(5) Not processed");
        var otherHeading = H("（六）其他处理", "(6) Other handling");

        var deniedRows = new[]
        {
            Row(RequestRow.DeniedStateSecret, "deniedStateSecret", "1.属于国家秘密", "1. State secret"),
            Row(RequestRow.DeniedProhibitedByLaw, "deniedProhibitedByLaw", "2.其他法律行政法规禁止公开", "2. Disclosure prohibited by other laws and administrative regulations"),
            Row(RequestRow.DeniedEndangersSecurity, "deniedEndangersSecurity", "3.危及“三安全一稳定”", "3. Would endanger national, public or economic security or social stability"),
            Row(RequestRow.DeniedThirdPartyRights, "deniedThirdPartyRights", "4.保护第三方合法权益", "4. Protecting the lawful rights and interests of third parties"),
            Row(RequestRow.DeniedInternalAffairs, "deniedInternalAffairs", "5.属于三类内部事务信息", "5. Internal affairs information (three kinds)"),
            Row(RequestRow.DeniedProcessInformation, "deniedProcessInformation", "6.属于四类过程性信息", "6. Process information (four kinds)"),
            Row(RequestRow.DeniedEnforcementFile, "deniedEnforcementFile", "7.属于行政执法案卷", "7. Administrative enforcement case files"),
            Row(RequestRow.DeniedAdministrativeQuery, "deniedAdministrativeQuery", "8.属于行政查询事项", "8. Administrative query matters"),
        };
        var unavailableRows = new[]
        {
            Row(RequestRow.UnavailableNotHeld, "unavailableNotHeld", "1.本机关不掌握相关政府信息", "1. This agency does not hold the information"),
            Row(RequestRow.UnavailableNeedsCreation, "unavailableNeedsCreation", "2.没有现成信息需要另行制作", "2. No existing information; it would have to be created"),
            Row(RequestRow.UnavailableUnclear, "unavailableUnclear", "3.补正后申请内容仍不明确", "3. The request is still unclear after correction"),
        };
        var notProcessedRows = new[]
        {
            Row(RequestRow.NotProcessedComplaint, "notProcessedComplaint", "1.信访举报投诉类申请", "1. Petitions, reports and complaints"),
            Row(RequestRow.NotProcessedDuplicate, "notProcessedDuplicate", "2.重复申请", "2. Repeated requests"),
            Row(RequestRow.NotProcessedPublication, "notProcessedPublication", "3.要求提供公开出版物", "3. Requests for public publications"),
            Row(RequestRow.NotProcessedExcessive, "notProcessedExcessive", "4.无正当理由大量反复申请", "4. Large numbers of repeated requests without good reason"),
            Row(RequestRow.NotProcessedConfirmation, "notProcessedConfirmation", "5.要求行政机关确认或重新出具已获取信息", "5. Requests to confirm or re-issue information already obtained"),
        };
        var otherHandling = Row(RequestRow.OtherHandling, "otherHandling", "（六）其他处理", "(6) Other handling", "其他处理");
        var otherRows = new[]
        {
            Row(RequestRow.OtherNoCorrection, "otherNoCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1. The applicant did not correct the request in time without good reason; no further processing"),
            Row(RequestRow.OtherFeeUnpaid, "otherFeeUnpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "2. The applicant did not pay the fee in time; no further processing"),
            Row(RequestRow.OtherOther, "otherOther", "3.其他", "3. Other"),
        };

        var newlyReceived = Row(RequestRow.NewlyReceived, "newlyReceived", "一、本年新收政府信息公开申请数量", "I. New requests received this year");
        var carriedOver = Row(RequestRow.CarriedOver, "carriedOver", "二、上年结转政府信息公开申请数量", "II. Requests carried over from last year");
        var granted = Row(RequestRow.Granted, "granted", "（一）予以公开", "(1) Granted");
        var partiallyGranted = Row(RequestRow.PartiallyGranted, "partiallyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "(2) Partially granted (a request handled in parts counts here only)", "（二）部分公开");
        var resultsTotal = Row(RequestRow.ResultsTotal, "resultsTotal", "（七）总计", "(7) Total");
        var carriedForward = Row(RequestRow.CarriedForward, "carriedForward", "四、结转下年度继续办理", "IV. Carried forward to next year");

        foreach (var row in new[] { granted, partiallyGranted, otherHandling, resultsTotal })
        {
            row.Headings = [results];
        }

        foreach (var row in deniedRows)
        {
            row.Headings = [results, denied];
        }

        foreach (var row in unavailableRows)
        {
            row.Headings = [results, unavailable];
        }

        foreach (var row in notProcessedRows)
        {
            row.Headings = [results, notProcessed];
        }

        foreach (var row in otherRows)
        {
            row.Headings = [results, otherHeading];
        }

        if (is2021)
        {
            // Seen in real 2021-format reports: （六）其他处理 printed as one row, the 2019 layout inside a 2021 table.
            otherHandling.IsOptional = true;
            otherHandling.Replaces = [.. otherRows];
            foreach (var row in otherRows)
            {
                row.ReplacedBy = otherHandling;
            }
        }

        ImmutableArray<RowDefinition> rows =
        [
            newlyReceived, carriedOver, granted, partiallyGranted, .. deniedRows, .. unavailableRows, .. notProcessedRows,
            otherHandling, .. is2021 ? otherRows : [], resultsTotal, carriedForward,
        ];

        var applicants = H("申请人情况", "Applicants");
        var organisations = H("法人或其他组织", "Legal persons or other organisations");
        ImmutableArray<ColumnDefinition> columns =
        [
            Column(Applicant.NaturalPerson, "naturalPerson", "自然人", "Natural persons"),
            Column(Applicant.CommercialEnterprise, "commercialEnterprise", "商业企业", "Commercial enterprises"),
            Column(Applicant.ResearchInstitution, "researchInstitution", "科研机构", "Research institutions"),
            Column(Applicant.PublicInterestOrganization, "publicInterestOrganization", "社会公益组织", "Public-interest organisations"),
            Column(Applicant.LegalServiceAgency, "legalServiceAgency", "法律服务机构", "Legal service agencies"),
            Column(Applicant.OtherOrganization, "otherOrganization", "其他", "Other organisations"),
            Column(Applicant.Total, "total", "总计", "Total"),
        ];
        foreach (var column in columns)
        {
            column.Headings = column.Key is "naturalPerson" or "total" ? [applicants] : [applicants, organisations];
        }

        var table = Table<RequestRow, Applicant>(
            "requests",
            "三、收到和处理政府信息公开申请情况",
            "III. Requests received and handled",
            rows,
            columns,
            (_, _) => true,
            firstOrdinal);
        table.Layout = TableLayout.Grid;
        table.StubNote = H("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "(In this column: item 1 + item 2 = item 3 + item 4)");
        table.DerivedRows =
        [
            new("deniedTotal", (int)RequestSubtotal.DeniedTotal, denied.Label, denied.EnglishLabel, [.. deniedRows]),
            new("unavailableTotal", (int)RequestSubtotal.UnavailableTotal, unavailable.Label, unavailable.EnglishLabel, [.. unavailableRows]),
            new("notProcessedTotal", (int)RequestSubtotal.NotProcessedTotal, notProcessed.Label, notProcessed.EnglishLabel, [.. notProcessedRows]),
            new("otherHandlingTotal", (int)RequestSubtotal.OtherHandlingTotal, otherHeading.Label, otherHeading.EnglishLabel, [otherHandling, .. is2021 ? otherRows : []]),
        ];
        return table;
    }

    private static TableDefinition Reviews(int firstOrdinal)
    {
        var litigation = H("行政诉讼", "Administrative litigation");
        var reconsideration = Row(ReviewRow.Reconsideration, "reconsideration", "行政复议", "Administrative reconsideration");
        var direct = Row(ReviewRow.LitigationDirect, "litigationDirect", "未经复议直接起诉", "Lawsuits without prior reconsideration");
        var after = Row(ReviewRow.LitigationAfterReconsideration, "litigationAfterReconsideration", "复议后起诉", "Lawsuits after reconsideration");
        direct.Headings = [litigation];
        after.Headings = [litigation];

        var table = Table<ReviewRow, ReviewColumn>(
            "reviews",
            "四、政府信息公开行政复议、行政诉讼情况",
            "IV. Administrative reconsideration and litigation",
            [reconsideration, direct, after],
            [
                Column(ReviewColumn.Upheld, "upheld", "结果维持", "Upheld"),
                Column(ReviewColumn.Corrected, "corrected", "结果纠正", "Corrected"),
                Column(ReviewColumn.Other, "other", "其他结果", "Other result"),
                Column(ReviewColumn.Pending, "pending", "尚未审结", "Pending"),
                Column(ReviewColumn.Total, "total", "总计", "Total"),
            ],
            (_, _) => true,
            firstOrdinal);
        table.Layout = TableLayout.SingleRow;
        return table;
    }

    private static ImmutableArray<RelationDefinition> NationalRelations(FormatDefinition format)
    {
        var requests = format.FindTable("requests")!;
        var reviews = format.FindTable("reviews")!;
        var relations = ImmutableArray.CreateBuilder<RelationDefinition>();

        var balance = new RelationStem("requests.balance", "一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理", "newly received + carried over = results total + carried forward");
        var resultsTotal = new RelationStem("requests.resultsTotal", "（七）总计 = （一）至（六）各项之和", "results total = the sum of outcomes (1) to (6)");
        var columnTotal = new RelationStem("requests.columnTotal", "总计 = 六类申请人之和", "total = the sum of the six applicant columns");
        var reviewTotal = new RelationStem("reviews.total", "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结", "total = upheld + corrected + other result + pending");
        var carryOver = new RelationStem("series.carryOver", "本年“上年结转” = 上年“结转下年度继续办理”", "carried over this year = carried forward last year");
        var inForce = new RelationStem("series.inForce", "现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数", "in force = last year's in force + issued − repealed");

        // (七)总计 adds (一) and (二) and every row of the subtotals (三) to (六).
        RowDefinition[] outcomeRows = [requests.FindRow("granted")!, requests.FindRow("partiallyGranted")!, .. requests.DerivedRows.SelectMany(d => d.Rows)];
        foreach (var column in requests.Columns)
        {
            relations.Add(new(
                $"{balance.Id}.{column.Key}",
                balance,
                RelationKind.Equal,
                RelationStrength.Exact,
                [Term(requests, "newlyReceived", column.Key), Term(requests, "carriedOver", column.Key)],
                [Term(requests, "resultsTotal", column.Key), Term(requests, "carriedForward", column.Key)]));
        }

        foreach (var column in requests.Columns)
        {
            relations.Add(new(
                $"{resultsTotal.Id}.{column.Key}",
                resultsTotal,
                RelationKind.Equal,
                RelationStrength.Exact,
                [Term(requests, "resultsTotal", column.Key)],
                [.. outcomeRows.Select(r => Term(requests, r.Key, column.Key))]));
        }

        var applicantColumns = requests.Columns.Where(c => c.Key != "total").ToArray();
        foreach (var row in requests.Rows)
        {
            relations.Add(new(
                $"{columnTotal.Id}.{row.Key}",
                columnTotal,
                RelationKind.Equal,
                RelationStrength.Exact,
                [Term(requests, row.Key, "total")],
                [.. applicantColumns.Select(c => Term(requests, row.Key, c.Key))]));
        }

        foreach (var row in reviews.Rows)
        {
            relations.Add(new(
                $"{reviewTotal.Id}.{row.Key}",
                reviewTotal,
                RelationKind.Equal,
                RelationStrength.Exact,
                [Term(reviews, row.Key, "total")],
                [.. ReviewParts.Select(c => Term(reviews, row.Key, c))]));
        }

        foreach (var column in requests.Columns)
        {
            relations.Add(new(
                $"{carryOver.Id}.{column.Key}",
                carryOver,
                RelationKind.Equal,
                RelationStrength.Soft,
                [Term(requests, "carriedOver", column.Key)],
                [RelationTerm.Of(new CellKey("requests", "carriedForward", column.Key), previousYear: true)]));
        }

        if (format.Format == ReportFormat.National2021)
        {
            foreach (var row in new[] { "regulations", "normativeDocuments" })
            {
                relations.Add(new(
                    $"{inForce.Id}.{row}",
                    inForce,
                    RelationKind.Equal,
                    RelationStrength.Heuristic,
                    [RelationTerm.Of(new CellKey("proactive", row, "inForce"))],
                    [
                        RelationTerm.Of(new CellKey("proactive", row, "inForce"), previousYear: true),
                        RelationTerm.Of(new CellKey("proactive", row, "issued")),
                        RelationTerm.Of(new CellKey("proactive", row, "repealed"), negated: true),
                    ]));
            }
        }

        return relations.ToImmutable();
    }

    private static RelationTerm Term(TableDefinition table, string row, string column) =>
        RelationTerm.Of(table.GetCell(table.FindRow(row)!, table.FindColumn(column)!)!.Key);

    private static ImmutableArray<KeyIndicatorDefinition> NationalKeyIndicators(FormatDefinition format)
    {
        var requests = format.FindTable("requests")!;
        CellKey[] Totals(string subtotal) =>
            [.. requests.FindDerivedRow(subtotal)!.Rows.Select(r => new CellKey("requests", r.Key, "total"))];
        CellKey[] Total(string row) => [new CellKey("requests", row, "total")];
        CellKey[] Reviews(string column, params string[] rows) => [.. rows.Select(r => new CellKey("reviews", r, column))];

        return KeyIndicators(new Dictionary<KeyIndicator, CellKey[]>
        {
            [KeyIndicator.ProactivelyDisclosed] = [],
            [KeyIndicator.RequestsReceived] = Total("newlyReceived"),
            [KeyIndicator.RequestsCarriedOver] = Total("carriedOver"),
            [KeyIndicator.Granted] = Total("granted"),
            [KeyIndicator.PartiallyGranted] = Total("partiallyGranted"),
            [KeyIndicator.Denied] = Totals("deniedTotal"),
            [KeyIndicator.Unavailable] = Totals("unavailableTotal"),
            [KeyIndicator.NotProcessed] = Totals("notProcessedTotal"),
            [KeyIndicator.OtherOutcome] = Totals("otherHandlingTotal"),
            [KeyIndicator.RequestsHandled] = Total("resultsTotal"),
            [KeyIndicator.CarriedForward] = Total("carriedForward"),
            [KeyIndicator.Reconsiderations] = Reviews("total", "reconsideration"),
            [KeyIndicator.ReconsiderationsCorrected] = Reviews("corrected", "reconsideration"),
            [KeyIndicator.Lawsuits] = Reviews("total", "litigationDirect", "litigationAfterReconsideration"),
            [KeyIndicator.LawsuitsCorrected] = Reviews("corrected", "litigationDirect", "litigationAfterReconsideration"),
        });
    }

    private static ImmutableArray<KeyIndicatorDefinition> KeyIndicators(Dictionary<KeyIndicator, CellKey[]> cells) =>
    [
        KeyIndicatorEntry(KeyIndicator.ProactivelyDisclosed, "proactivelyDisclosed", "主动公开政府信息数", "Information proactively disclosed", cells),
        KeyIndicatorEntry(KeyIndicator.RequestsReceived, "requestsReceived", "收到申请数", "Requests received", cells),
        KeyIndicatorEntry(KeyIndicator.RequestsCarriedOver, "requestsCarriedOver", "上年结转申请数", "Requests carried over", cells),
        KeyIndicatorEntry(KeyIndicator.Granted, "granted", "予以公开", "Granted", cells),
        KeyIndicatorEntry(KeyIndicator.PartiallyGranted, "partiallyGranted", "部分公开", "Partially granted", cells),
        KeyIndicatorEntry(KeyIndicator.Denied, "denied", "不予公开", "Denied", cells),
        KeyIndicatorEntry(KeyIndicator.Unavailable, "unavailable", "无法提供", "Unable to provide", cells),
        KeyIndicatorEntry(KeyIndicator.NotProcessed, "notProcessed", "不予处理", "Not processed", cells),
        KeyIndicatorEntry(KeyIndicator.OtherOutcome, "otherOutcome", "其他处理", "Other outcomes", cells),
        KeyIndicatorEntry(KeyIndicator.RequestsHandled, "requestsHandled", "办理结果总计", "Requests handled", cells),
        KeyIndicatorEntry(KeyIndicator.CarriedForward, "carriedForward", "结转下年度继续办理", "Carried forward", cells),
        KeyIndicatorEntry(KeyIndicator.Reconsiderations, "reconsiderations", "行政复议", "Administrative reconsiderations", cells),
        KeyIndicatorEntry(KeyIndicator.ReconsiderationsCorrected, "reconsiderationsCorrected", "行政复议结果纠正", "Reconsiderations corrected", cells),
        KeyIndicatorEntry(KeyIndicator.Lawsuits, "lawsuits", "行政诉讼", "Administrative lawsuits", cells),
        KeyIndicatorEntry(KeyIndicator.LawsuitsCorrected, "lawsuitsCorrected", "行政诉讼结果纠正", "Lawsuits corrected", cells),
    ];

    private static KeyIndicatorDefinition KeyIndicatorEntry(KeyIndicator indicator, string key, string label, string english, Dictionary<KeyIndicator, CellKey[]> cells) =>
        new(indicator, key, label, english, [.. cells[indicator]]);

    // ----------------------------------------------------------------------------------------------------------------
    // Legacy format
    // ----------------------------------------------------------------------------------------------------------------
    private static FormatDefinition BuildLegacy()
    {
        RowDefinition L(LegacyIndicator member, string key, string label, string english, params string[] variants) => Row(member, key, label, english, variants);

        var proactiveTotal = L(LegacyIndicator.ProactiveTotal, "proactive.total", "主动公开文件数", "Information proactively disclosed", "主动公开信息数", "主动公开政府信息数", "主动公开政府信息数（不同渠道和方式公开相同信息计1条）");
        var requestsTotal = L(LegacyIndicator.RequestsTotal, "requests.total", "受理政府信息公开申请总数", "Requests received", "收到申请数", "申请总数", "受理依申请公开信息总数");
        var responsesTotal = L(LegacyIndicator.ResponsesTotal, "responses.total", "对申请的答复总数", "Responses to requests", "申请答复数", "对申请的答复数");
        var reconsiderationTotal = L(LegacyIndicator.ReconsiderationTotal, "reconsideration.total", "行政复议数", "Administrative reconsiderations", "行政复议数量");
        var litigationTotal = L(LegacyIndicator.LitigationTotal, "litigation.total", "行政诉讼数", "Administrative lawsuits", "行政诉讼数量");

        (RowDefinition Parent, RowDefinition[] Children)[] families =
        [
            (proactiveTotal,
            [
                L(LegacyIndicator.ProactiveWebsite, "proactive.website", "政府网站公开数", "of which on the government website", "网站公开", "政府网站公开政府信息数", "网站公开数"),
                L(LegacyIndicator.ProactiveGazette, "proactive.gazette", "政府公报公开数", "of which in the government gazette", "政府公报公开", "政府公报公开政府信息数"),
                L(LegacyIndicator.ProactiveWeibo, "proactive.weibo", "政务微博公开政府信息数", "of which on government Weibo"),
                L(LegacyIndicator.ProactiveWechat, "proactive.wechat", "政务微信公开政府信息数", "of which on government WeChat"),
                L(LegacyIndicator.ProactiveOtherChannels, "proactive.otherChannels", "其他方式公开政府信息数", "of which through other channels"),
                L(LegacyIndicator.ProactiveNormativeDocuments, "proactive.normativeDocuments", "主动公开规范性文件数", "of which normative documents", "其中：主动公开规范性文件数"),
            ]),
            (requestsTotal,
            [
                L(LegacyIndicator.RequestsInPerson, "requests.inPerson", "当面申请数", "of which in person"),
                L(LegacyIndicator.RequestsOnline, "requests.online", "网络申请数", "of which online", "网上申请数"),
                L(LegacyIndicator.RequestsFax, "requests.fax", "传真申请数", "of which by fax"),
                L(LegacyIndicator.RequestsLetter, "requests.letter", "信函申请数", "of which by letter"),
                L(LegacyIndicator.RequestsEmail, "requests.email", "电子邮件申请数", "of which by e-mail"),
                L(LegacyIndicator.RequestsLetterOrFax, "requests.letterOrFax", "信函、传真申请数", "of which by letter or fax"),
                L(LegacyIndicator.RequestsOtherChannels, "requests.otherChannels", "其他形式申请数", "of which in other ways", "其它形式申请数"),
            ]),
            (responsesTotal,
            [
                L(LegacyIndicator.ResponsesGranted, "responses.granted", "同意公开答复数", "of which granted"),
                L(LegacyIndicator.ResponsesPartiallyGranted, "responses.partiallyGranted", "同意部分公开答复数", "of which partially granted"),
                L(LegacyIndicator.ResponsesDenied, "responses.denied", "不予公开答复数", "of which denied", "不同意公开答复数", "否决公开答复总数", "否决公开答复数"),
                L(LegacyIndicator.ResponsesOther, "responses.other", "其他类型答复数", "of which other responses"),
                L(LegacyIndicator.ResponsesAlreadyPublic, "responses.alreadyPublic", "属于已主动公开范围数", "of which already proactively disclosed"),
                L(LegacyIndicator.ResponsesNotThisAgency, "responses.notThisAgency", "不属于本行政机关公开数", "of which not this agency's information", "非本部门掌握"),
                L(LegacyIndicator.ResponsesNotExist, "responses.notExist", "申请信息不存在数", "of which the information does not exist", "信息不存在"),
                L(LegacyIndicator.ResponsesCorrectionRequested, "responses.correctionRequested", "告知作出更改补充数", "of which the applicant was asked to amend the request"),
                L(LegacyIndicator.ResponsesOtherRoute, "responses.otherRoute", "告知通过其他途径办理数", "of which referred to another route"),
            ]),
            (reconsiderationTotal,
            [
                L(LegacyIndicator.ReconsiderationUpheld, "reconsideration.upheld", "维持具体行政行为数", "of which upheld"),
                L(LegacyIndicator.ReconsiderationCorrected, "reconsideration.corrected", "被依法纠错数", "of which corrected"),
                L(LegacyIndicator.ReconsiderationOther, "reconsideration.other", "其他情形数", "of which other results"),
            ]),
            (litigationTotal,
            [
                L(LegacyIndicator.LitigationUpheld, "litigation.upheld", "维持具体行政行为或者驳回原告诉讼请求数", "of which upheld or the claim dismissed"),
                L(LegacyIndicator.LitigationCorrected, "litigation.corrected", "被依法纠错数", "of which corrected"),
                L(LegacyIndicator.LitigationOther, "litigation.other", "其他情形数", "of which other results"),
            ]),
        ];

        foreach (var (parent, children) in families)
        {
            foreach (var child in children)
            {
                child.Parent = parent;
            }
        }

        var fees = L(LegacyIndicator.FeesCollected, "fees.collected", "依申请公开信息收取的费用", "Fees charged for disclosure on request");
        fees.Kind = ValueKind.Money;
        fees.Unit = MoneyUnit.TenThousandYuan;

        ImmutableArray<RowDefinition> rows =
        [
            proactiveTotal, .. families[0].Children,
            L(LegacyIndicator.NormativeDocumentsIssued, "normativeDocuments.issued", "制发规范性文件总数", "Normative documents issued"),
            requestsTotal, .. families[1].Children,
            responsesTotal, .. families[2].Children,
            L(LegacyIndicator.ComplaintsTotal, "complaints.total", "接受行政申诉、举报数", "Administrative complaints and reports received", "举报投诉数量", "行政申诉数"),
            reconsiderationTotal, .. families[3].Children,
            litigationTotal, .. families[4].Children,
            fees,
        ];
        foreach (var row in rows)
        {
            row.IsOptional = true;
        }

        ImmutableArray<ColumnDefinition> periods =
        [
            Column(LegacyPeriod.Annual, "annual", "本年度", "This year", variants: ["本年", "统计数", "本期实际"]),
            Column(LegacyPeriod.Cumulative, "cumulative", "历年累计", "Cumulative (since records began)", variants: ["累计"]),
            Column(LegacyPeriod.YearToDate, "yearToDate", "本年累计", "Year to date"),
        ];
        foreach (var period in periods)
        {
            period.IsOptional = true;
        }

        var table = Table<LegacyIndicator, LegacyPeriod>("legacy", "政府信息公开情况统计表", "Government information disclosure statistics", rows, periods, (_, _) => true, 0);
        table.Layout = TableLayout.Grid;
        table.StubHeading = H("指标", "Indicator");

        var definition = new FormatDefinition(
            ReportFormat.Legacy,
            "legacy",
            "政府信息公开情况统计表（2008—2018年，各省自定附表）",
            "Legacy provincial tables (reports on 2008–2018)",
            2008,
            2018,
            [table],
            [
                new(ReportSection.Overview, "overview", "概述", "Overview", ["总体情况", "基本情况"]),
                new(ReportSection.Proactive, "proactive", "主动公开政府信息的情况", "Proactive disclosure", ["主动公开政府信息情况"]),
                new(ReportSection.Requests, "requests", "政府信息依申请公开办理情况", "Disclosure on request", ["依申请公开政府信息情况", "依申请公开政府信息和不予公开政府信息的情况"]),
                new(ReportSection.Fees, "fees", "政府信息公开的收费及减免情况", "Fees and fee waivers", ["政府信息公开收费及减免情况"]),
                new(ReportSection.Reviews, "reviews", "因政府信息公开申请行政复议、提起行政诉讼的情况", "Administrative reconsideration and litigation", ["因政府信息公开申请行政复议、提起行政诉讼情况"]),
                new(ReportSection.ProblemsAndImprovements, "problemsAndImprovements", "政府信息公开工作存在的主要问题及改进措施", "Main problems and improvements", ["存在的主要问题及改进措施", "政府信息公开工作存在的主要问题和改进措施"]),
                new(ReportSection.OtherMatters, "otherMatters", "需要说明的其他事项", "Other matters", ["其他需要报告的事项", "需要说明的其他事项与附表"]),
            ]);

        definition.Complete(LegacyRelations(table), LegacyKeyIndicators());
        return definition;
    }

    private static ImmutableArray<RelationDefinition> LegacyRelations(TableDefinition table)
    {
        var relations = ImmutableArray.CreateBuilder<RelationDefinition>();
        var channels = new RelationStem("legacy.requestChannels", "申请总数 = 所列各申请方式之和", "requests received = the sum of the channels printed");
        var outcomes = new RelationStem("legacy.responseOutcomes", "答复总数 = 所列各答复类型之和", "responses = the sum of the outcomes printed");
        var partOf = new RelationStem("legacy.partOf", "“其中”项 ≤ 其所属项", "an 'of which' row ≤ the row it is part of");
        var cumulativeAtLeastAnnual = new RelationStem("legacy.cumulativeAtLeastAnnual", "历年累计 ≥ 本年度", "cumulative ≥ annual");
        var categories = new RelationStem("legacy.categorySum", "正文所列各类别主动公开数之和 = 主动公开总数", "the categories stated in prose add up to the proactive total");
        var cumulative = new RelationStem("series.cumulative", "本年历年累计 = 上年历年累计 + 本年度", "cumulative = last year's cumulative + this year's annual figure");

        RelationTerm T(RowDefinition row, string period, bool previousYear = false) => RelationTerm.Of(new CellKey("legacy", row.Key, period), previousYear: previousYear);
        RowDefinition R(string key) => table.FindRow(key)!;

        foreach (var period in table.Columns)
        {
            relations.Add(new(
                $"{channels.Id}.{period.Key}",
                channels,
                RelationKind.Equal,
                RelationStrength.Exact,
                [T(R("requests.total"), period.Key)],
                [.. table.Rows.Where(r => r.Parent?.Key == "requests.total").Select(r => T(r, period.Key))]));
        }

        foreach (var period in table.Columns)
        {
            relations.Add(new(
                $"{outcomes.Id}.{period.Key}",
                outcomes,
                RelationKind.Equal,
                RelationStrength.Exact,
                [T(R("responses.total"), period.Key)],
                [.. table.Rows.Where(r => r.Parent?.Key == "responses.total").Select(r => T(r, period.Key))]));
        }

        foreach (var child in table.Rows.Where(r => r.Parent is not null))
        {
            foreach (var period in table.Columns)
            {
                relations.Add(new($"{partOf.Id}.{child.Key}.{period.Key}", partOf, RelationKind.AtMost, RelationStrength.Exact, [T(child, period.Key)], [T(child.Parent!, period.Key)]));
            }
        }

        foreach (var row in table.Rows)
        {
            relations.Add(new($"{cumulativeAtLeastAnnual.Id}.{row.Key}", cumulativeAtLeastAnnual, RelationKind.AtMost, RelationStrength.Exact, [T(row, "annual")], [T(row, "cumulative")]));
        }

        relations.Add(new(categories.Id, categories, RelationKind.Equal, RelationStrength.Soft, [RelationTerm.Of(BreakdownKind.ProactiveByCategory)], [T(R("proactive.total"), "annual")]));

        foreach (var row in table.Rows)
        {
            relations.Add(new(
                $"{cumulative.Id}.{row.Key}",
                cumulative,
                RelationKind.Equal,
                RelationStrength.Soft,
                [T(row, "cumulative")],
                [T(row, "cumulative", previousYear: true), T(row, "annual")]));
        }

        return relations.ToImmutable();
    }

    private static ImmutableArray<KeyIndicatorDefinition> LegacyKeyIndicators()
    {
        CellKey[] A(params string[] rows) => [.. rows.Select(r => new CellKey("legacy", r, "annual"))];
        return KeyIndicators(new Dictionary<KeyIndicator, CellKey[]>
        {
            [KeyIndicator.ProactivelyDisclosed] = A("proactive.total"),
            [KeyIndicator.RequestsReceived] = A("requests.total"),
            [KeyIndicator.RequestsCarriedOver] = [],
            [KeyIndicator.Granted] = A("responses.granted"),
            [KeyIndicator.PartiallyGranted] = A("responses.partiallyGranted"),
            [KeyIndicator.Denied] = A("responses.denied"),
            [KeyIndicator.Unavailable] = A("responses.notThisAgency", "responses.notExist"),
            [KeyIndicator.NotProcessed] = [],
            [KeyIndicator.OtherOutcome] = A("responses.other", "responses.alreadyPublic", "responses.correctionRequested", "responses.otherRoute"),
            [KeyIndicator.RequestsHandled] = A("responses.total"),
            [KeyIndicator.CarriedForward] = [],
            [KeyIndicator.Reconsiderations] = A("reconsideration.total"),
            [KeyIndicator.ReconsiderationsCorrected] = A("reconsideration.corrected"),
            [KeyIndicator.Lawsuits] = A("litigation.total"),
            [KeyIndicator.LawsuitsCorrected] = A("litigation.corrected"),
        });
    }
}
