using System.Collections.Immutable;
using System.Globalization;

namespace GovDisclosure.Synthetic;

/// <summary>Short section texts in the manner of real reports, quoting the report's own figures.</summary>
internal static class SectionTexts
{

    private static readonly string[] Problems =
    [
        "一是公开内容的全面性和及时性有待提高；二是政策解读形式较为单一。下一步将进一步规范公开流程，加强业务培训。",
        "工作中仍存在主动公开深度不够、依申请公开答复规范性有待加强等问题。下一年度将加强制度建设，提升公开质量。",
        "基层政务公开标准化规范化水平有待提升。改进措施：完善公开目录，强化监督考核，推动公开工作常态化。",
    ];

    /// <summary>The sections of a drafted report (after its totals are computed).</summary>
    public static ImmutableSortedDictionary<ReportSection, string> For(ReportDraft draft, ref SyntheticRandom random)
    {
        var sections = ImmutableSortedDictionary.CreateBuilder<ReportSection, string>();
        var year = draft.Year;
        var name = draft.Agency.Name;
        sections[ReportSection.Overview] = random.Next(3) switch
        {
            0 => string.Create(Invariant, $"{year}年，{name}深入贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作持续深化政务公开，不断提升政府信息公开工作质量。"),
            1 => string.Create(Invariant, $"{year}年，{name}坚持以公开为常态、不公开为例外，扎实做好政府信息主动公开、依申请公开和政策解读等工作。"),
            _ => string.Create(Invariant, $"本报告根据《中华人民共和国政府信息公开条例》编制，统计期限自{year}年1月1日起至{year}年12月31日止。{name}政府信息公开工作总体平稳有序。"),
        };
        sections[ReportSection.ProblemsAndImprovements] = Problems[random.Next(Problems.Length)];
        if (draft.Definition.Format == ReportFormat.Legacy)
        {
            Legacy(draft, sections);
        }
        else
        {
            National(draft, sections);
        }

        return sections.ToImmutable();
    }

    private static void National(ReportDraft draft, ImmutableSortedDictionary<ReportSection, string>.Builder sections)
    {
        var format = draft.Definition.Format;
        long Requests(RequestRow row) => draft[AgencySeries.RequestOrdinal(format, row, Applicant.Total)];
        long Reviews(ReviewRow row) => draft[AgencySeries.ReviewOrdinal(format, row, ReviewColumn.Total)];
        sections[ReportSection.Proactive] = format == ReportFormat.National2021
            ? "本年度主动公开政府信息情况见下表，规章和行政规范性文件均按规定在政府网站公开。"
            : "本年度主动公开政府信息情况见下表，新制作的规范性文件均按规定向社会公开。";
        var received = Requests(RequestRow.NewlyReceived);
        sections[ReportSection.Requests] = received == 0 && Requests(RequestRow.CarriedOver) == 0
            ? "本年度未收到政府信息公开申请。"
            : string.Create(Invariant, $"本年度共收到政府信息公开申请{received}件，上年结转{Requests(RequestRow.CarriedOver)}件，办结{Requests(RequestRow.ResultsTotal)}件，结转下年度继续办理{Requests(RequestRow.CarriedForward)}件。");
        var reconsiderations = Reviews(ReviewRow.Reconsideration);
        var lawsuits = Reviews(ReviewRow.LitigationDirect) + Reviews(ReviewRow.LitigationAfterReconsideration);
        sections[ReportSection.Reviews] = reconsiderations + lawsuits == 0
            ? "本年度未发生因政府信息公开引起的行政复议、行政诉讼。"
            : string.Create(Invariant, $"本年度因政府信息公开引起行政复议{reconsiderations}件、行政诉讼{lawsuits}件。");
        sections[ReportSection.OtherMatters] = format == ReportFormat.National2021
            ? "依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。无其他需要报告的事项。"
            : "本年度无其他需要报告的事项。";
    }

    private static void Legacy(ReportDraft draft, ImmutableSortedDictionary<ReportSection, string>.Builder sections)
    {
        long Annual(LegacyIndicator row) => draft[AgencySeries.LegacyOrdinal(row, LegacyPeriod.Annual)];
        sections[ReportSection.Proactive] = string.Create(Invariant, $"本年度共主动公开政府信息{Annual(LegacyIndicator.ProactiveTotal)}条，其中通过政府网站公开{Annual(LegacyIndicator.ProactiveWebsite)}条。");
        var requests = Annual(LegacyIndicator.RequestsTotal);
        sections[ReportSection.Requests] = requests == 0
            ? "本年度未收到政府信息公开申请。"
            : string.Create(Invariant, $"本年度共受理政府信息公开申请{requests}件，均已按规定时限答复。");
        var feeCell = AgencySeries.LegacyOrdinal(LegacyIndicator.FeesCollected, LegacyPeriod.Annual);
        var fees = draft.Money.FirstOrDefault(m => m.Ordinal == feeCell).Value;
        sections[ReportSection.Fees] = fees.IsReported && fees.Value > 0
            ? string.Create(Invariant, $"本年度依申请提供政府信息收取检索、复制、邮寄等费用共计{fees.Value}万元。")
            : "本年度未收取政府信息公开检索、复制、邮寄等费用。";
        var reviews = Annual(LegacyIndicator.ReconsiderationTotal) + Annual(LegacyIndicator.LitigationTotal);
        sections[ReportSection.Reviews] = reviews == 0
            ? "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。"
            : string.Create(Invariant, $"本年度因政府信息公开申请行政复议{Annual(LegacyIndicator.ReconsiderationTotal)}件、提起行政诉讼{Annual(LegacyIndicator.LitigationTotal)}件。");
        sections[ReportSection.OtherMatters] = "无需要说明的其他事项。";
    }

    private static CultureInfo Invariant => CultureInfo.InvariantCulture;
}
