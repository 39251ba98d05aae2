using System.Globalization;
using System.Text.RegularExpressions;

namespace GovDisclosure.Extraction.Internals;

/// <summary>The agency, year, publication date and source address, read from the title, header lines and signature.</summary>
internal sealed partial class Metadata
{
    public string? Agency { get; private set; }

    public int? Year { get; private set; }

    public int? TitleLine { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public string? SourceUrl { get; private set; }

    public static Metadata Read(List<Token> tokens)
    {
        var metadata = new Metadata();
        var texts = new TextTokens(tokens);
        string? titleAgency = null;
        string? sourceAgency = null;
        for (var i = 0; i < texts.Count && i < 40; i++)
        {
            var text = texts[i].Text.Trim();
            if (text.Length > 200)
            {
                text = text[..200];
            }

            if (metadata.Year is null)
            {
                var title = TitlePattern().Match(text);
                if (title.Success && title.Index < 40)
                {
                    var year = int.Parse(title.Groups["year"].Value, CultureInfo.InvariantCulture);
                    if (year is >= AnnualReport.MinYear and <= AnnualReport.MaxYear)
                    {
                        metadata.Year = year;
                        metadata.TitleLine = texts[i].Line;
                        var agency = CleanAgency(title.Groups["agency"].Value);
                        if (agency.Length == 0 && i > 0 && texts[i - 1].Text.AsSpan().Trim().Length is > 1 and <= 30)
                        {
                            agency = CleanAgency(texts[i - 1].Text);
                        }

                        titleAgency = agency.Length > 0 ? agency : null;
                    }
                }
            }

            var field = FieldPattern().Match(text);
            while (field.Success)
            {
                var name = field.Groups["name"].Value;
                var value = field.Groups["value"].Value.Trim();
                if (name.Contains("时间", StringComparison.Ordinal) || name.Contains("日期", StringComparison.Ordinal))
                {
                    metadata.PublishedOn ??= ParseDate(value);
                }
                else if (name.Contains("链接", StringComparison.Ordinal) || name.Contains("网址", StringComparison.Ordinal) || name.Contains("地址", StringComparison.Ordinal))
                {
                    var url = UrlPattern().Match(value);
                    if (url.Success && Uri.TryCreate(url.Value, UriKind.Absolute, out _))
                    {
                        metadata.SourceUrl ??= url.Value;
                    }
                }
                else if (value.Length is > 1 and <= 40)
                {
                    sourceAgency ??= CleanAgency(value);
                }

                field = field.NextMatch();
            }
        }

        var signature = Signature(texts);
        metadata.Agency = signature
            ?? (sourceAgency is { Length: > 0 } && (titleAgency is null || (sourceAgency.StartsWith(titleAgency, StringComparison.Ordinal) && sourceAgency.Length > titleAgency.Length)) ? sourceAgency : null)
            ?? titleAgency;
        return metadata;
    }

    private static string? Signature(TextTokens texts)
    {
        for (var i = texts.Count - 1; i > 0 && i >= texts.Count - 40; i--)
        {
            var text = texts[i].Text.Trim();
            if (text.Length > 16 || !DatePattern().IsMatch(text))
            {
                continue;
            }

            var previous = CleanAgency(texts[i - 1].Text);
            if (previous.Length is >= 4 and <= 30 && AgencyEnd().IsMatch(previous))
            {
                return previous;
            }
        }

        return null;
    }

    /// <summary>The text tokens of a document, by their number among the text tokens, without copying the tokens.</summary>
    private readonly struct TextTokens
    {
        private readonly List<Token> _tokens;
        private readonly List<int> _positions;

        public TextTokens(List<Token> tokens)
        {
            _tokens = tokens;
            _positions = new List<int>(tokens.Count);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind == TokenKind.Text)
                {
                    _positions.Add(i);
                }
            }
        }

        public int Count => _positions.Count;

        public Token this[int index] => _tokens[_positions[index]];
    }

    private static DateOnly? ParseDate(string value)
    {
        var match = NumericDate().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        return year is >= 2000 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static string CleanAgency(string text)
    {
        var cleaned = text.Replace("\u00a0", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal).Trim();
        cleaned = cleaned.TrimStart('#', ' ', '*');
        if (cleaned.StartsWith("标题", StringComparison.Ordinal))
        {
            cleaned = cleaned[2..].TrimStart(':', '：', ' ');
        }

        if (cleaned.StartsWith("关于", StringComparison.Ordinal))
        {
            cleaned = cleaned[2..];
        }

        return cleaned.Replace(" ", string.Empty, StringComparison.Ordinal).Trim('：', ':', '，', ',', '、');
    }

    [GeneratedRegex(@"^(?:[#*\s]*)(?:标题\s*[:：]\s*)?(?<agency>[^\d，。；;,]{0,40}?)\s*(?<year>20\d\d)\s*年度?\s*(?:度)?(?:政府信息公开|政务公开|信息公开)")]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"(?<name>发布时间|发布日期|成文日期|时间|日期|来源|发布机构|原文链接|来源链接|原文地址|网址)\s*[:：]\s*(?<value>[^|｜]*)")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"https?://[^\s)）|｜，,；;""“”]+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(20\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?:20\d\d年\d{1,2}月\d{1,2}日|二[〇○零]{1,2}[一二三四五六七八九〇○零]{1,2}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?:政府|委员会|办公室|办公厅|局|厅|院|委|会|处|中心|所|站|镇|乡|街道办事处|管委会|部)$")]
    private static partial Regex AgencyEnd();
}
