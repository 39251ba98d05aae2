using System.Globalization;

namespace GovDisclosure.Benchmarks.Validation;

/// <summary>
/// Builds consistent national reports for the benchmarks: every relation of the catalogue holds, 表三 balances, all
/// six sections are there, the credit code's check character is right, the division code agrees with the level, and
/// the report is published before its deadline. The figures come from a seeded generator, so reports differ.
/// </summary>
internal static class BenchmarkReports
{
    private static readonly (string Division, AgencyLevel Level, string Place)[] Places =
    [
        ("350427", AgencyLevel.County, "沙县"),
        ("350427101", AgencyLevel.Township, "沙县高桥镇"),
        ("350400", AgencyLevel.Prefectural, "三明市"),
        ("350000", AgencyLevel.Provincial, "福建省"),
        ("110105", AgencyLevel.County, "北京市朝阳区"),
        ("330106", AgencyLevel.County, "杭州市西湖区"),
        ("440300", AgencyLevel.Prefectural, "深圳市"),
        ("510000", AgencyLevel.Provincial, "四川省"),
    ];

    private static readonly Applicant[] ApplicantColumns =
    [
        Applicant.NaturalPerson, Applicant.CommercialEnterprise, Applicant.ResearchInstitution,
        Applicant.PublicInterestOrganization, Applicant.LegalServiceAgency, Applicant.OtherOrganization,
    ];

    private static readonly RequestRow[] CommonOutcomes =
    [
        RequestRow.Granted, RequestRow.PartiallyGranted,
        RequestRow.DeniedStateSecret, RequestRow.DeniedProhibitedByLaw, RequestRow.DeniedEndangersSecurity,
        RequestRow.DeniedThirdPartyRights, RequestRow.DeniedInternalAffairs, RequestRow.DeniedProcessInformation,
        RequestRow.DeniedEnforcementFile, RequestRow.DeniedAdministrativeQuery,
        RequestRow.UnavailableNotHeld, RequestRow.UnavailableNeedsCreation, RequestRow.UnavailableUnclear,
        RequestRow.NotProcessedComplaint, RequestRow.NotProcessedDuplicate, RequestRow.NotProcessedPublication,
        RequestRow.NotProcessedExcessive, RequestRow.NotProcessedConfirmation,
    ];

    private static readonly RequestRow[] Outcomes2021 = [.. CommonOutcomes, RequestRow.OtherNoCorrection, RequestRow.OtherFeeUnpaid, RequestRow.OtherOther];

    private static readonly RequestRow[] Outcomes2019 = [.. CommonOutcomes, RequestRow.OtherHandling];

    private static readonly ReviewColumn[] ReviewParts = [ReviewColumn.Upheld, ReviewColumn.Corrected, ReviewColumn.Other, ReviewColumn.Pending];

    /// <summary>Creates agency number <paramref name="index"/>: a government or a department at one of a few places.</summary>
    public static Agency Agency(int index)
    {
        var (division, level, place) = Places[index % Places.Length];
        var department = index % 3 == 1 && level != AgencyLevel.Township;
        var registration = division[..6];
        var first17 = "11" + registration + "MB" + (index % 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
        var credit = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        return new Agency(department ? $"{place}财政局" : $"{place}人民政府")
        {
            CreditCode = UnifiedSocialCreditCode.ParseStrict(credit),
            DivisionCode = DivisionCode.Parse(division),
            Level = level,
            Kind = department ? AgencyKind.Department : AgencyKind.Government,
        };
    }

    /// <summary>
    /// Creates a national report (national2019 for 2019–2020, national2021 after) whose figures follow from
    /// <paramref name="seed"/>; with <paramref name="previous"/> its carried-over requests and documents in force continue
    /// last year's.
    /// </summary>
    public static AnnualReport National(Agency agency, int year, int seed, AnnualReport? previous = null)
    {
        var random = new Random(seed);
        var is2021 = year >= 2021;
        var builder = AnnualReport.CreateBuilder(is2021 ? ReportFormat.National2021 : ReportFormat.National2019, year, agency);
        builder.PublishedOn = new DateOnly(year + 1, 1, 15 + random.Next(0, 15));

        if (is2021)
        {
            Proactive2021(builder, random, previous);
        }
        else
        {
            Proactive2019(builder, random);
        }

        Requests(builder, random, is2021 ? Outcomes2021 : Outcomes2019, previous);
        Reviews(builder, random);

        builder.SetSection(ReportSection.Overview, $"{year}年，{agency.Name}认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开工作。");
        builder.SetSection(ReportSection.Proactive, "本年度主动公开政府信息情况见下表。");
        builder.SetSection(ReportSection.Requests, "本年度收到和处理政府信息公开申请情况见下表。");
        builder.SetSection(ReportSection.Reviews, "本年度政府信息公开行政复议、行政诉讼情况见下表。");
        builder.SetSection(ReportSection.ProblemsAndImprovements, "公开内容的深度和广度有待加强，下一步将进一步规范公开流程。");
        builder.SetSection(ReportSection.OtherMatters, "本年度未收取信息处理费。");
        return builder.Build();
    }

    private static void Proactive2021(AnnualReportBuilder builder, Random random, AnnualReport? previous)
    {
        foreach (var row in (ProactiveRow[])[ProactiveRow.Regulations, ProactiveRow.NormativeDocuments])
        {
            var issued = random.Next(0, 20);
            var repealed = random.Next(0, 5);
            var inForce = previous is { Format: ReportFormat.National2021 } && previous.Proactive[row, ProactiveColumn.InForce].TryGetWholeNumber(out var last)
                ? last + issued - repealed
                : random.Next(50, 500);
            builder.Set(row, ProactiveColumn.Issued, issued)
                .Set(row, ProactiveColumn.Repealed, repealed)
                .Set(row, ProactiveColumn.InForce, inForce);
        }

        builder.Set(ProactiveRow.Licensing, ProactiveColumn.Decisions, random.Next(0, 5000))
            .Set(ProactiveRow.Penalty, ProactiveColumn.Decisions, random.Next(0, 2000))
            .Set(ProactiveRow.Coercion, ProactiveColumn.Decisions, random.Next(0, 100))
            .Set(ProactiveRow.Fees, ProactiveColumn.Amount, random.Next(0, 100_000) / 100m);
    }

    private static void Proactive2019(AnnualReportBuilder builder, Random random)
    {
        foreach (var row in (ProactiveRow[])[ProactiveRow.Regulations, ProactiveRow.NormativeDocuments])
        {
            var made = random.Next(0, 20);
            builder.Set(row, ProactiveColumn.NewlyMade, made)
                .Set(row, ProactiveColumn.NewlyPublished, made)
                .Set(row, ProactiveColumn.TotalPublished, made + random.Next(50, 500));
        }

        foreach (var row in (ProactiveRow[])[ProactiveRow.Licensing, ProactiveRow.OtherManagementServices, ProactiveRow.Penalty, ProactiveRow.Coercion])
        {
            builder.Set(row, ProactiveColumn.PreviousYearItems, random.Next(0, 300))
                .Set(row, ProactiveColumn.ItemChange, random.Next(-10, 10))
                .Set(row, ProactiveColumn.Decisions, random.Next(0, 2000));
        }

        builder.Set(ProactiveRow.Fees, ProactiveColumn.PreviousYearItems, random.Next(0, 20))
            .Set(ProactiveRow.Fees, ProactiveColumn.ItemChange, random.Next(-2, 2))
            .Set(ProactiveRow.CentralizedProcurement, ProactiveColumn.ProcurementProjects, random.Next(0, 50))
            .Set(ProactiveRow.CentralizedProcurement, ProactiveColumn.ProcurementAmount, random.Next(0, 1_000_000) / 100m);
    }

    private static void Requests(AnnualReportBuilder builder, Random random, RequestRow[] outcomes, AnnualReport? previous)
    {
        var totals = new Dictionary<RequestRow, long>();
        void Add(RequestRow row, Applicant column, long value)
        {
            builder.Set(row, column, value);
            totals[row] = totals.GetValueOrDefault(row) + value;
        }

        foreach (var column in ApplicantColumns)
        {
            var scale = column switch
            {
                Applicant.NaturalPerson => 60,
                Applicant.CommercialEnterprise => 12,
                _ => 3,
            };
            long results = 0;
            foreach (var row in outcomes)
            {
                var value = random.Next(0, (row == RequestRow.Granted ? scale : scale / 3) + 1);
                Add(row, column, value);
                results += value;
            }

            long carriedOver = previous?.Requests[RequestRow.CarriedForward, column].TryGetWholeNumber(out var forwarded) == true
                ? forwarded
                : random.Next(0, 5);
            var carriedForward = random.Next(0, 5) + Math.Max(0, carriedOver - results);
            Add(RequestRow.ResultsTotal, column, results);
            Add(RequestRow.CarriedOver, column, carriedOver);
            Add(RequestRow.CarriedForward, column, carriedForward);
            Add(RequestRow.NewlyReceived, column, results + carriedForward - carriedOver);
        }

        foreach (var (row, total) in totals)
        {
            builder.Set(row, Applicant.Total, total);
        }
    }

    private static void Reviews(AnnualReportBuilder builder, Random random)
    {
        foreach (var row in Enum.GetValues<ReviewRow>())
        {
            long total = 0;
            foreach (var column in ReviewParts)
            {
                var value = random.Next(0, 4);
                builder.Set(row, column, value);
                total += value;
            }

            builder.Set(row, ReviewColumn.Total, total);
        }
    }
}
