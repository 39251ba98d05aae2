using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Serialization;

/// <summary>
/// Reports for the JSON tests: the real sample reports as recorded, and reports built from them that exercise every
/// part of the JSON shape (blanks, decimals, a signed change, the single 其他处理 row, legacy periods and rows the
/// catalogue does not know, sections, breakdowns, suppressions, units and full agency details).
/// </summary>
internal static class JsonTestReports
{
    /// <summary>Section text with Chinese quotes, ASCII quotes, line breaks, markup, a backslash and a character outside the BMP.</summary>
    public const string AwkwardText =
        "2024年，淮安市坚持“以公开为常态、不公开为例外”，全年主动公开政府信息。\n（一）主动公开\r\n\t\"引号\" 与 '单引号' <script>alert('x')</script> & C:\\path 𠀀 —— 完。";

    private const string CreditCodeStem = "11320800014149706";

    /// <summary>Gets a unified social credit code of the right shape and with a correct check character.</summary>
    public static string CreditCode => CreditCodeStem + UnifiedSocialCreditCode.ComputeCheckCharacter(CreditCodeStem);

    /// <summary>Gets the names of the constructed cases.</summary>
    public static string[] ConstructedCases =>
    [
        "national2021-all-blank",
        "national2021-everything",
        "national2021-money-decimals",
        "national2021-single-other-handling",
        "national2019-signed-units-blanks",
        "national2019-all-blank",
        "legacy-annual-only",
        "legacy-three-periods-other-rows",
        "legacy-all-blank-indicators",
    ];

    /// <summary>Gets every case: the samples, then the constructed reports.</summary>
    public static IEnumerable<string> AllCases => Samples.AllCases.Concat(ConstructedCases);

    /// <summary>Gets a case by name: a sample id or a constructed case.</summary>
    /// <param name="name">The case.</param>
    /// <returns>The report.</returns>
    public static AnnualReport Get(string name) => Samples.AllCases.Contains(name) ? Samples.Report(name) : Constructed(name);

    /// <summary>Builds a constructed case.</summary>
    /// <param name="name">The case.</param>
    /// <returns>The report.</returns>
    public static AnnualReport Constructed(string name) => name switch
    {
        "national2021-all-blank" => AnnualReport.CreateBuilder(ReportFormat.National2021, 2023, new Agency("淮安市人民政府")).Build(),
        "national2021-everything" => National2021Everything(),
        "national2021-money-decimals" => National2021MoneyDecimals(),
        "national2021-single-other-handling" => National2021SingleOtherHandling(),
        "national2019-signed-units-blanks" => National2019SignedUnitsBlanks(),
        "national2019-all-blank" => AnnualReport.CreateBuilder(ReportFormat.National2019, 2019, new Agency("平潭综合实验区管委会")).Build(),
        "legacy-annual-only" => LegacyAnnualOnly(),
        "legacy-three-periods-other-rows" => LegacyThreePeriodsOtherRows(),
        "legacy-all-blank-indicators" => LegacyAllBlankIndicators(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown case."),
    };

    /// <summary>淮安 2024 with full agency details, every section, a suppression and a blank in every table.</summary>
    private static AnnualReport National2021Everything()
    {
        var builder = Samples.Report("007-huaian-city-2024").ToBuilder();
        builder.Agency = new Agency("淮安市人民政府")
        {
            CreditCode = UnifiedSocialCreditCode.Parse(CreditCode),
            DivisionCode = DivisionCode.Parse("320800"),
            Level = AgencyLevel.Prefectural,
            Kind = AgencyKind.Government,
        };
        builder.PublishedOn = new DateOnly(2025, 1, 24);
        builder.SourceUrl = "https://www.huaian.gov.cn/col/16641_832611/art/2025/art_1.html?from=列表&q=\"x\"";
        builder["proactive.licensing.decisions"] = CellValue.Blank;
        builder["requests.otherOther.researchInstitution"] = CellValue.Blank;
        builder["reviews.litigationDirect.pending"] = CellValue.Blank;
        builder.SetSection(ReportSection.Overview, AwkwardText);
        builder.SetSection(ReportSection.ProblemsAndImprovements, "一是公开质量有待提升；二是……");
        builder.SetSection(ReportSection.OtherMatters, "本年度收取信息处理费0元。");
        builder.AddSuppression(new Suppression(
            "requests.balance.total",
            [CellKey.Parse("requests.resultsTotal.total"), CellKey.Parse("requests.carriedForward.total")],
            "报告原文如此：结转数字按“上年结转”口径统计。"));
        builder.AddSuppression(new Suppression("reviews.total.litigationDirect", [], "原表如此。"));
        return builder.Build();
    }

    /// <summary>平潭 2024 with a fee amount of six decimals; 淮安's 96171.6 is in the sample itself.</summary>
    private static AnnualReport National2021MoneyDecimals()
    {
        var builder = Samples.Report("010-pingtan-zone-2024").ToBuilder();
        builder["proactive.fees.amount"] = CellValue.Of(4166.241619m);
        builder.SetMoneyUnit(CellKey.Parse("proactive.fees.amount"), MoneyUnit.Yuan);
        return builder.Build();
    }

    /// <summary>平潭 2024 as printed in the 2019 layout: （六）其他处理 as one row, the sum of its three sub-rows.</summary>
    private static AnnualReport National2021SingleOtherHandling()
    {
        var sample = Samples.Report("010-pingtan-zone-2024");
        var builder = sample.ToBuilder();
        var columns = sample.Definition.FindTable("requests")!.Columns;
        string[] subRows = ["otherNoCorrection", "otherFeeUnpaid", "otherOther"];
        foreach (var column in columns)
        {
            foreach (var row in subRows)
            {
                builder[new CellKey("requests", row, column.Key)] = CellValue.Blank;
            }
        }

        foreach (var column in columns)
        {
            builder[new CellKey("requests", "otherHandling", column.Key)] =
                CellValue.Sum([.. subRows.Select(row => sample[new CellKey("requests", row, column.Key)])]);
        }

        builder["requests.otherHandling.otherOrganization"] = CellValue.Blank;
        return builder.Build();
    }

    /// <summary>平潭 2019 with a negative 本年增/减, the procurement amount in 元 as printed, and a blank in every table.</summary>
    private static AnnualReport National2019SignedUnitsBlanks()
    {
        var builder = Samples.Report("006-pingtan-zone-2019").ToBuilder();
        builder["proactive.licensing.itemChange"] = CellValue.Of(-3);
        builder["proactive.penalty.itemChange"] = CellValue.Blank;
        builder.SetMoneyUnit(CellKey.Parse("proactive.centralizedProcurement.procurementAmount"), MoneyUnit.Yuan);
        builder["requests.otherHandling.legalServiceAgency"] = CellValue.Blank;
        builder["reviews.reconsideration.other"] = CellValue.Blank;
        builder.AddSuppression(new Suppression("requests.columnTotal.newlyReceived", [CellKey.Parse("requests.newlyReceived.total")], "原表如此"));
        return builder.Build();
    }

    /// <summary>平潭县 2011 with only its 2011年度 column.</summary>
    private static AnnualReport LegacyAnnualOnly()
    {
        var builder = Samples.Report("001-pingtan-county-2011").ToBuilder();
        builder.ExcludeColumn("legacy", "cumulative");
        builder["legacy.requests.total.annual"] = CellValue.Blank;
        return builder.Build();
    }

    /// <summary>高桥镇 2018 with a 本年累计 column, rows the catalogue does not know, blanks, breakdowns and sections.</summary>
    private static AnnualReport LegacyThreePeriodsOtherRows()
    {
        var builder = Samples.Report("000-gaoqiao-township-2018").ToBuilder();
        builder["legacy.proactive.total.yearToDate"] = CellValue.Of(208);
        builder["legacy.proactive.website.yearToDate"] = CellValue.Blank;
        builder["legacy.proactive.gazette.cumulative"] = CellValue.Blank;
        builder["legacy.fees.collected.annual"] = CellValue.Of(0.35m);
        builder.AddLegacyOtherRow(new LegacyOtherRow("依申请公开信息目录数", CellValue.Of(12), CellValue.Blank));
        builder.AddLegacyOtherRow(new LegacyOtherRow("信息处理费（元）", CellValue.Of(4166.241619m), CellValue.Of(96171.6m), CellValue.Blank));
        builder.AddLegacyOtherRow(new LegacyOtherRow("其中：“政务公开栏”公开数", CellValue.Blank, CellValue.Of(47)));
        builder.SetSection(ReportSection.Overview, AwkwardText);
        builder.SetSection(ReportSection.Fees, "本年度未收取任何费用。");
        builder.AddSuppression(new Suppression("legacy.breakdown.proactiveByCategory", [CellKey.Parse("legacy.proactive.total.annual")], "六类合计198条，原文如此。"));
        return builder.Build();
    }

    /// <summary>A legacy report whose table prints three indicators, every figure blank.</summary>
    private static AnnualReport LegacyAllBlankIndicators()
    {
        var builder = AnnualReport.CreateBuilder(ReportFormat.Legacy, 2009, new Agency("沙县高桥镇人民政府") { Level = AgencyLevel.Township });
        builder["legacy.proactive.total.annual"] = CellValue.Blank;
        builder["legacy.requests.total.annual"] = CellValue.Blank;
        builder["legacy.fees.collected.annual"] = CellValue.Blank;
        builder["legacy.fees.collected.cumulative"] = CellValue.Blank;
        return builder.Build();
    }
}
