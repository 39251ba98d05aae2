using System.Globalization;
using System.Text.RegularExpressions;
using GovDisclosure.Validation;

namespace GovDisclosure.Extraction.Internals;

/// <summary>
/// The figures legacy reports state in prose: the proactive total (annual and cumulative), proactive disclosure by
/// category (<c>机构职能类信息1条、政策、规范性文件类信息70条</c>) and by channel (<c>微信公众号发布…47条</c>), and other
/// counts (<c>政策解读共17条</c>).
/// </summary>
internal static partial class ProseReader
{
    private static readonly string[] KnownCategories =
    [
        "机构职能类", "政策、规范性文件类", "规划计划类", "行政许可类", "重大建设项目类", "为民办实事类", "民政扶贫救灾社会社保就业类",
        "国土资源城乡建设环保能源类", "科教文体卫生类", "安全生产、应急管理类", "农村工作类", "财政资金类", "人事信息类", "统计信息类",
        "工作动态类", "公告公示类", "其他类",
    ];

    private static readonly string[] Channels = ["微信公众号", "政务微信", "政务微博", "微博", "政务公开栏", "公开栏", "宣传栏", "客户端", "抖音", "手机报", "电子显示屏", "短信"];

    private static readonly (string Keyword, string Label)[] FigureKinds = [("政策解读", "政策解读数量"), ("新闻发布会", "新闻发布会数量"), ("在线访谈", "在线访谈数量")];

    public static void Read(string prose, AnnualReportBuilder builder, Diagnostics diagnostics)
    {
        var clauses = SplitClauses(prose);
        ReadTotal(clauses, builder, diagnostics);
        ReadCategories(prose, builder, diagnostics);
        var channelsFound = new HashSet<string>(StringComparer.Ordinal);
        var figuresFound = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in clauses)
        {
            // A count ends in 条: a clause without it holds none.
            if (!clause.Contains('条', StringComparison.Ordinal))
            {
                continue;
            }

            var count = CountPattern().Match(clause);
            if (!count.Success)
            {
                continue;
            }

            if (!TryCount(count.Groups["count"].Value, diagnostics, out var value))
            {
                continue;
            }

            ReadClause(clause, count, value, builder, diagnostics, channelsFound, figuresFound);
        }
    }

    /// <summary>Reads one clause with a count: a channel's count, or one of the other figures.</summary>
    private static void ReadClause(string clause, Match count, long value, AnnualReportBuilder builder, Diagnostics diagnostics, HashSet<string> channelsFound, HashSet<string> figuresFound)
    {
        var channels = Channels.Where(c => clause.Contains(c, StringComparison.Ordinal)).ToList();
        channels.RemoveAll(c => channels.Any(o => o != c && o.Contains(c, StringComparison.Ordinal)));
        if (channels.Count == 1 && clause.IndexOf(channels[0], StringComparison.Ordinal) < count.Index)
        {
            var at = clause.IndexOf(channels[0], StringComparison.Ordinal) + channels[0].Length;
            var verb = VerbPattern().Match(clause, at);
            var label = channels[0] + (verb.Success && verb.Index == at ? verb.Value : string.Empty);
            if (channelsFound.Add(label))
            {
                builder.AddBreakdown(BreakdownKind.ProactiveByChannel, label, value);
            }

            return;
        }

        foreach (var (keyword, label) in FigureKinds)
        {
            var at = clause.IndexOf(keyword, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var figure = FigurePattern().Match(clause, at + keyword.Length);
            if (figure.Success && figure.Index == at + keyword.Length && TryCount(figure.Groups["count"].Value, diagnostics, out var number) && figuresFound.Add(label))
            {
                builder.AddBreakdown(BreakdownKind.Figures, label, number);
            }
        }
    }

    private static void ReadTotal(string[] clauses, AnnualReportBuilder builder, Diagnostics diagnostics)
    {
        var annualDone = false;
        var cumulativeDone = false;
        foreach (var clause in clauses)
        {
            if (!clause.Contains("主动公开", StringComparison.Ordinal))
            {
                continue;
            }

            var match = TotalPattern().Match(clause);
            if (!match.Success || !TryCount(match.Groups["count"].Value, diagnostics, out var value))
            {
                continue;
            }

            var cumulative = clause.Contains("历年累计", StringComparison.Ordinal) || clause.Contains("历年来", StringComparison.Ordinal);
            if (cumulative ? cumulativeDone : annualDone)
            {
                continue;
            }

            if (cumulative)
            {
                cumulativeDone = true;
            }
            else
            {
                annualDone = true;
            }

            var key = new CellKey("legacy", "proactive.total", cumulative ? "cumulative" : "annual");
            var table = builder[key];
            if (table.IsReported)
            {
                if (table.Value != value)
                {
                    diagnostics.Add(ExtractionCode.ProseFigureDiffers, Severity.Warning, $"the prose says '{match.Value}' ({value.ToString(CultureInfo.InvariantCulture)}), the table {table.Value.ToString(CultureInfo.InvariantCulture)} for {key}; the table's figure is kept.", null, "legacy", match.Value, [key]);
                }
            }
            else if (!table.IsApplicable || table.IsBlank)
            {
                builder[key] = value;
                diagnostics.Add(ExtractionCode.ProseFigureUsed, Severity.Info, $"{key} taken from the prose '{match.Value}' ({value.ToString(CultureInfo.InvariantCulture)}): the table does not print it.", null, "legacy", match.Value, [key]);
            }
        }
    }

    private static void ReadCategories(string prose, AnnualReportBuilder builder, Diagnostics diagnostics)
    {
        foreach (var range in prose.AsSpan().Split('\n'))
        {
            // Each paragraph is looked at in place; one that may list categories is copied to be matched.
            var text = prose.AsSpan(range);
            if (!text.Contains("类别", StringComparison.Ordinal) && (!text.Contains('条') || CategoryHint().Count(text) < 2))
            {
                continue;
            }

            var paragraph = text.ToString();

            var start = Math.Max(paragraph.IndexOf("类别", StringComparison.Ordinal), 0);
            var previousEnd = start;
            var found = 0;
            foreach (Match count in CategoryCount().Matches(paragraph, start))
            {
                var raw = paragraph[previousEnd..count.Index];
                previousEnd = count.Index + count.Length;
                var cut = raw.LastIndexOfAny(['，', ',', '。', '；', ';', '：', ':', '(', '（', ')', '）']);
                var label = (cut >= 0 ? raw[(cut + 1)..] : raw).Trim().TrimStart('、').Trim();
                foreach (var prefix in new[] { "主要有", "其中", "包括", "分别是", "依次为" })
                {
                    if (label.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        label = label[prefix.Length..];
                    }
                }

                var namedAsInformation = label.EndsWith("信息", StringComparison.Ordinal);
                if (namedAsInformation)
                {
                    label = label[..^2];
                }

                if (label.Length < 2 || label.Length > 30)
                {
                    continue;
                }

                var known = Complete(label);
                if (!label.EndsWith('类') && !namedAsInformation && known is null)
                {
                    continue;
                }

                if (known is not null && known != label)
                {
                    diagnostics.Add(ExtractionCode.BreakdownLabelCompleted, Severity.Info, $"the category printed '{raw.Trim().TrimStart('、')}' is read as '{known}'.", null, "legacy", label);
                }

                if (!TryCount(count.Groups["count"].Value, diagnostics, out var number))
                {
                    continue;
                }

                builder.AddBreakdown(BreakdownKind.ProactiveByCategory, known ?? label, number);
                found++;
            }

            if (found > 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Reads a count stated in prose: ASCII digits of at most <see cref="CellValue.MaxWholeNumber"/>. A longer one is
    /// not kept, with a warning (the patterns match only ASCII digits).
    /// </summary>
    private static bool TryCount(string digits, Diagnostics diagnostics, out long value)
    {
        if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= CellValue.MaxWholeNumber)
        {
            return true;
        }

        var shown = digits.Length <= 40 ? digits : digits[..40] + "…";
        diagnostics.Add(ExtractionCode.InvalidValue, Severity.Warning, $"the figure '{shown}' in the prose has more than 18 digits, more than a count holds; not kept.", null, "legacy", shown);
        return false;
    }

    /// <summary>The known category a printed label names: itself, a shortened form (a prefix of only one), or one character off.</summary>
    private static string? Complete(string label)
    {
        if (KnownCategories.Contains(label))
        {
            return label;
        }

        var stem = label.TrimEnd('类');
        var matches = KnownCategories.Where(k => stem.Length >= 3 && k.StartsWith(stem, StringComparison.Ordinal)).ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }

        matches = [.. KnownCategories.Where(k => Labels.Distance(k, label, 1) <= 1)];
        return matches.Count == 1 ? matches[0] : null;
    }

    // The runs of digits are atomic, and a count starts where its run starts: a clause of 100,000 digits is scanned
    // once, not once from each of its digits (seconds, found by the fuzzer).
    /// <summary>The characters that end a clause: the text between two of them is one (as a split at <c>[，,。；;！？\n]</c> gives).</summary>
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("，,。；;！？\n");

    /// <summary>The clauses of the prose: the texts before, between and after the clause ends, empty ones included.</summary>
    private static string[] SplitClauses(string prose)
    {
        // Counted first, so that the clauses are written once into an array of their number.
        var count = 1;
        var rest = prose.AsSpan();
        for (var at = rest.IndexOfAny(ClauseEnds); at >= 0; at = rest.IndexOfAny(ClauseEnds))
        {
            count++;
            rest = rest[(at + 1)..];
        }

        var clauses = new string[count];
        var start = 0;
        for (var i = 0; i < count - 1; i++)
        {
            var length = prose.AsSpan(start).IndexOfAny(ClauseEnds);
            clauses[i] = prose.Substring(start, length);
            start += length + 1;
        }

        clauses[count - 1] = prose[start..];
        return clauses;
    }

    [GeneratedRegex(@"(?<![0-9])(?>(?<count>[0-9]+))\s*条")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"发布|公开|推送|刊登|刊发|发送")]
    private static partial Regex VerbPattern();

    [GeneratedRegex(@"\G(?:共|数量|总数|为|达|共计)?\s*(?>(?<count>[0-9]+))\s*(?:条|篇|次|场|期|件|个)")]
    private static partial Regex FigurePattern();

    [GeneratedRegex(@"主动公开(?:了)?(?:政府)?信息(?:总数|数|总量)?(?:共|为|达|共计)?\s*(?>(?<count>[0-9]+))(?![0-9年月日%])")]
    private static partial Regex TotalPattern();

    [GeneratedRegex(@"类(?:信息)?(?>[0-9]+)\s*条")]
    private static partial Regex CategoryHint();

    [GeneratedRegex(@"(?<![0-9])(?>(?<count>[0-9]+))\s*条")]
    private static partial Regex CategoryCount();
}
