using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace GovDisclosure.Extraction.Internals;

/// <summary>
/// Normalises printed labels for matching: full-width forms folded to half width, whitespace and line breaks
/// removed, quotation marks dropped; the canonical key also drops the numbering (<c>一、</c>, <c>（三）</c>,
/// <c>1.</c>, <c>1、</c>, <c>(1)</c>), a leading <c>其中：</c> and parentheticals.
/// </summary>
internal static class Labels
{
    /// <summary>For each character up to 〕 (U+3015): its surface form, or NUL when the surface form drops it (NUL, whitespace, quotation marks).</summary>
    private static readonly char[] SurfaceBelowIdeographs = BuildSurfaceBelowIdeographs();

    /// <summary>Folds width and removes whitespace and quotation marks: the form in which printed text is compared.</summary>
    public static string Surface(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var surface = buffer[..Surface(text, buffer)].ToString();
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return surface;
    }

    /// <summary>Writes the surface form of the text (never longer than the text) and returns its length.</summary>
    public static int Surface(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        foreach (var raw in text)
        {
            var c = SurfaceOf(raw);
            if (c != '\0')
            {
                destination[length++] = c;
            }
        }

        return length;
    }

    /// <summary>Appends the surface form of the text.</summary>
    public static void AppendSurface(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var raw in text)
        {
            var c = SurfaceOf(raw);
            if (c != '\0')
            {
                builder.Append(c);
            }
        }
    }

    /// <summary>The surface form of one character, or NUL when the surface form drops it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char SurfaceOf(char raw)
    {
        // Up to 〕 a table gives the surface form; after it and before U+FEFF every character (the CJK ideographs among
        // them) folds to itself and is neither whitespace nor a quotation mark; full-width ASCII takes its half-width form's.
        if (raw < '\u3016')
        {
            return SurfaceBelowIdeographs[raw];
        }

        if (raw < '\ufeff')
        {
            return raw;
        }

        if (raw is >= '\uff01' and <= '\uff5e')
        {
            return SurfaceBelowIdeographs[raw - 0xfee0];
        }

        var c = FoldOther(raw);
        return c == '\0' || char.IsWhiteSpace(c) || IsQuote(c) ? '\0' : c;
    }

    /// <summary>The canonical key of a label: surface form without numbering, 其中, parentheticals and trailing punctuation.</summary>
    public static string Canonical(ReadOnlySpan<char> text) => CanonicalFromSurface(Surface(text));

    /// <summary>The canonical key of a text already in surface form.</summary>
    public static string CanonicalFromSurface(string surface)
    {
        char[]? rented = null;
        var buffer = surface.Length <= 256 ? stackalloc char[surface.Length] : (rented = ArrayPool<char>.Shared.Rent(surface.Length));
        var canonical = buffer[..CanonicalFromSurface(surface, buffer)].ToString();
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return canonical;
    }

    /// <summary>Writes the canonical key of a text already in surface form (never longer than it) and returns its length.</summary>
    public static int CanonicalFromSurface(ReadOnlySpan<char> surface, Span<char> destination)
    {
        var span = surface;
        span = StripNumbering(StripOfWhich(span));
        span = StripNumbering(StripOfWhich(span));
        var length = 0;
        var depth = 0;
        foreach (var c in span)
        {
            if (c == '(' || c == '[' || c == '【')
            {
                depth++;
                continue;
            }

            if (c == ')' || c == ']' || c == '】')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (depth == 0)
            {
                destination[length++] = c;
            }
        }

        while (length > 0 && IsTrailingPunctuation(destination[length - 1]))
        {
            length--;
        }

        return length;
    }

    /// <summary>Removes one leading numbering: 一、 · (一) · 1. · 1、 · (1) · 1) · 第一.</summary>
    public static ReadOnlySpan<char> StripNumbering(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty)
        {
            return span;
        }

        if (span[0] == '(')
        {
            var close = span.IndexOf(')');
            if (close is > 1 and <= 4 && IsNumeral(span[1..close]))
            {
                return span[(close + 1)..];
            }

            return span;
        }

        var i = 0;
        while (i < span.Length && i < 3 && (char.IsAsciiDigit(span[i]) || IsChineseNumeral(span[i])))
        {
            i++;
        }

        if (i > 0 && i < span.Length && (span[i] is '、' or '.' or ',' or ')' or ':' || (span[i] == '．')))
        {
            // "1.5" is a number, not a numbering.
            if (span[i] == '.' && i + 1 < span.Length && char.IsAsciiDigit(span[i + 1]))
            {
                return span;
            }

            return span[(i + 1)..];
        }

        return span;
    }

    /// <summary>Removes a leading 其中 / 其中: (an "of which" row).</summary>
    public static ReadOnlySpan<char> StripOfWhich(ReadOnlySpan<char> span)
    {
        if (span.StartsWith("其中"))
        {
            span = span[2..];
            if (!span.IsEmpty && span[0] is ':' or ',' or '、')
            {
                span = span[1..];
            }
        }

        return span;
    }

    /// <summary>Tells whether a text is (one or more) ASCII digits or Chinese numerals.</summary>
    public static bool IsNumeral(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c) && !IsChineseNumeral(c))
            {
                return false;
            }
        }

        return !span.IsEmpty;
    }

    /// <summary>Tells whether a character is a Chinese numeral used in numbering.</summary>
    public static bool IsChineseNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '〇' or '零';

    /// <summary>Tells whether a character is a CJK ideograph.</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>Folds one character: full-width ASCII to ASCII, the ideographic space and no-break space to a space, other punctuation variants to one form.</summary>
    public static char Fold(char c)
    {
        // Most characters fold to themselves: ASCII other than the tab, and all from after 〕 (the CJK ideographs among them) to before U+FEFF.
        return (c < '\u00a0' && c != '\t') || (c > '\u3015' && c < '\ufeff') ? c : FoldOther(c);
    }

    private static char FoldOther(char c) => c switch
    {
        >= '\uff01' and <= '\uff5e' => (char)(c - 0xfee0),
        '\t' or '\u3000' or '\u00a0' or '\u2002' or '\u2003' or '\u2009' or '\u200b' or '\ufeff' => ' ',
        '\u2014' or '\u2013' or '\u2015' or '\u2212' or '\u2012' => '-',
        '\u00b7' => '.',
        '〔' => '[',
        '〕' => ']',
        _ => c,
    };

    private static char[] BuildSurfaceBelowIdeographs()
    {
        var surface = new char[0x3016];
        for (var i = 0; i < surface.Length; i++)
        {
            var c = Fold((char)i);
            surface[i] = c == '\0' || char.IsWhiteSpace(c) || IsQuote(c) ? '\0' : c;
        }

        return surface;
    }

    private static bool IsQuote(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』' or '《' or '》' or '〈' or '〉' or '<' or '>';

    private static bool IsTrailingPunctuation(char c) => c is ':' or ',' or '.' or ';' or '。' or '、' or '*';

    /// <summary>The Levenshtein distance between two strings, or <c>limit + 1</c> when it is larger than the limit.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
