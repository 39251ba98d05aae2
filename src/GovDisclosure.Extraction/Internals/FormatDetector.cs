using System.Buffers;
using System.Text;

namespace GovDisclosure.Extraction.Internals;

/// <summary>Decides a report's format by the markers formats.md names, falling back on the reporting year.</summary>
internal static class FormatDetector
{
    private static readonly string[] Markers2021 = ["本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额", "申请人无正当理由逾期不补正", "申请人逾期未按收费通知要求缴纳费用"];

    private static readonly string[] Markers2019 = ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "本年增减", "其他对外管理服务事项", "采购项目数量", "采购总金额"];

    private static readonly string[] MarkersNational = ["本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "结转下年度继续办理", "本年度办理结果"];

    private static readonly string[] MarkersLegacy = ["历年累计", "主动公开文件数", "主动公开信息数", "受理政府信息公开申请总数", "受理依申请公开信息总数", "对申请的答复", "申请答复数", "政府网站公开数", "同意公开答复数"];

    /// <summary>Detects the format; <paramref name="fromYear"/> is set when no marker decided it.</summary>
    public static ReportFormat? Detect(List<Token> tokens, int? year, out bool fromYear)
    {
        // Markers are looked for in the text as printed (the text tokens, one a line, in a buffer borrowed for the
        // search); spaces and full-width forms inside them are folded only when none is found so.
        var length = -1;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Text)
            {
                length += token.Text.Length + 1;
            }
        }

        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(length, 0));
        try
        {
            var raw = buffer.AsSpan(0, Math.Max(length, 0));
            var at = 0;
            foreach (var token in tokens)
            {
                if (token.Kind == TokenKind.Text)
                {
                    if (at > 0)
                    {
                        raw[at++] = '\n';
                    }

                    token.Text.CopyTo(raw[at..]);
                    at += token.Text.Length;
                }
            }

            var found = Detect(raw, year, out fromYear);
            if (!fromYear)
            {
                return found;
            }

            var all = new StringBuilder(raw.Length);
            Labels.AppendSurface(all, raw);
            return Detect(all.ToString(), year, out fromYear);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static ReportFormat? Detect(ReadOnlySpan<char> text, int? year, out bool fromYear)
    {
        var count2021 = Count(text, Markers2021);
        var count2019 = Count(text, Markers2019);
        fromYear = false;
        if (count2021 > 0 && count2021 >= count2019)
        {
            return ReportFormat.National2021;
        }

        if (count2019 > 0)
        {
            return ReportFormat.National2019;
        }

        if (Count(text, MarkersNational) > 0)
        {
            return year >= 2021 ? ReportFormat.National2021 : ReportFormat.National2019;
        }

        if (Count(text, MarkersLegacy) > 0)
        {
            return ReportFormat.Legacy;
        }

        fromYear = true;
        return year is { } known ? GovDisclosure.Catalog.FormatCatalog.ForYear(known).Format : null;
    }

    private static int Count(ReadOnlySpan<char> text, string[] markers)
    {
        var count = 0;
        foreach (var marker in markers)
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}
