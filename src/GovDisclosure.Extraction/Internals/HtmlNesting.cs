namespace GovDisclosure.Extraction.Internals;

/// <summary>
/// Measures how deep a page's elements nest before it is parsed, the way an HTML parser's stack of open elements
/// grows: void elements and raw text are skipped, an end tag closes what was opened inside its element, and the
/// elements whose end tags are optional (<c>p</c>, <c>li</c>, <c>td</c>, <c>tr</c>, <c>option</c> …) close the open one
/// that the parser would close. A parser's tree builder takes time that grows faster than the input with the depth (and
/// the page walk recurses on it), so a page nested past the limit is refused before it is parsed.
/// </summary>
/// <remarks>
/// The count follows the elements a page writes; it leaves out the ones a parser adds by itself (<c>tbody</c>, a
/// reopened <c>b</c>), so it never counts deeper than the parser builds by more than those. The stack never holds more
/// than the limit, so each tag costs at most the limit's steps.
/// </remarks>
internal static class HtmlNesting
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    };

    /// <summary>The start tags that close an open <c>p</c> (the parser's "close a p element" list).</summary>
    private static readonly HashSet<string> ClosesP = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5",
        "h6", "pre", "listing", "form", "table", "hr", "xmp", "li", "dd", "dt", "plaintext",
    };

    private static readonly HashSet<string> Headings = new(StringComparer.Ordinal) { "h1", "h2", "h3", "h4", "h5", "h6" };

    /// <summary>The elements a search for an open element does not pass (the parser's scope boundaries).</summary>
    private static readonly HashSet<string> Scope = new(StringComparer.Ordinal)
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button", "select",
    };

    private static readonly Dictionary<string, string[]> Closes = new(StringComparer.Ordinal)
    {
        ["li"] = ["li"],
        ["dd"] = ["dd", "dt"],
        ["dt"] = ["dd", "dt"],
        ["td"] = ["td", "th"],
        ["th"] = ["td", "th"],
        ["tr"] = ["tr"],
        ["tbody"] = ["tbody", "thead", "tfoot"],
        ["thead"] = ["tbody", "thead", "tfoot"],
        ["tfoot"] = ["tbody", "thead", "tfoot"],
        ["option"] = ["option"],
        ["optgroup"] = ["optgroup", "option"],
        ["a"] = ["a"],
        ["button"] = ["button"],
        ["nobr"] = ["nobr"],
        ["rb"] = ["rb", "rt", "rp", "rtc"],
        ["rt"] = ["rt", "rp"],
        ["rp"] = ["rt", "rp"],
        ["rtc"] = ["rb", "rt", "rp", "rtc"],
    };

    /// <summary>Finds where the elements of a page first nest deeper than a limit.</summary>
    /// <param name="html">The page.</param>
    /// <param name="limit">The most elements open at once.</param>
    /// <param name="line">The 1-based line of the start tag that passes the limit.</param>
    /// <returns><see langword="true"/> when the page nests deeper than <paramref name="limit"/>.</returns>
    public static bool Exceeds(string html, int limit, out int line)
    {
        var stack = new List<string>(Math.Min(limit + 1, 1024));
        var text = html.AsSpan();
        var lineStart = 0;
        var lines = 1;
        var i = 0;
        while (true)
        {
            var lt = text[i..].IndexOf('<');
            if (lt < 0)
            {
                line = 0;
                return false;
            }

            lines += text.Slice(lineStart, i + lt - lineStart).Count('\n');
            lineStart = i + lt;
            i += lt + 1;
            if (i >= text.Length)
            {
                line = 0;
                return false;
            }

            if (text[i..].StartsWith("!--"))
            {
                var end = text[(i + 3)..].IndexOf("-->");
                i = end < 0 ? text.Length : i + 3 + end + 3;
                continue;
            }

            if (text[i] is '!' or '?')
            {
                i = SkipTo(text, i, '>');
                continue;
            }

            var closing = text[i] == '/';
            var nameStart = closing ? i + 1 : i;
            var nameEnd = nameStart;
            while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] is ':' or '-' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(text[nameStart]))
            {
                // Not a tag: a '<' in text.
                continue;
            }

            var name = text[nameStart..nameEnd].ToString().ToLowerInvariant();
            i = SkipTag(text, nameEnd);
            if (closing)
            {
                PopTo(stack, name);
                continue;
            }

            if (Void.Contains(name))
            {
                continue;
            }

            if (name == "plaintext")
            {
                line = 0;
                return false;
            }

            if (RawText.Contains(name))
            {
                i = SkipRawText(text, i, name);
                continue;
            }

            if (ClosesP.Contains(name))
            {
                CloseOpen(stack, "p");
            }

            if (Headings.Contains(name) && stack.Count > 0 && Headings.Contains(stack[^1]))
            {
                stack.RemoveAt(stack.Count - 1);
            }

            if (Closes.TryGetValue(name, out var closed))
            {
                foreach (var other in closed)
                {
                    CloseOpen(stack, other);
                }
            }

            stack.Add(name);
            if (stack.Count > limit)
            {
                line = lines;
                return true;
            }
        }
    }

    /// <summary>Closes the nearest open element of a name, with everything opened inside it, unless a scope boundary comes first.</summary>
    private static void CloseOpen(List<string> stack, string name)
    {
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k] == name)
            {
                stack.RemoveRange(k, stack.Count - k);
                return;
            }

            if (Scope.Contains(stack[k]))
            {
                return;
            }
        }
    }

    /// <summary>An end tag: closes the nearest open element of its name with everything opened inside it; ignored when none is open.</summary>
    private static void PopTo(List<string> stack, string name)
    {
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k] == name)
            {
                stack.RemoveRange(k, stack.Count - k);
                return;
            }
        }
    }

    private static int SkipTo(ReadOnlySpan<char> text, int from, char c)
    {
        var at = text[from..].IndexOf(c);
        return at < 0 ? text.Length : from + at + 1;
    }

    /// <summary>Skips the attributes of a tag to its <c>&gt;</c>, over quoted values.</summary>
    private static int SkipTag(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c is '"' or '\'')
            {
                var close = text[(i + 1)..].IndexOf(c);
                if (close < 0)
                {
                    return text.Length;
                }

                i += close + 2;
                continue;
            }

            i++;
        }

        return text.Length;
    }

    /// <summary>Skips the content of a raw text element (<c>script</c>, <c>style</c> …) to its end tag.</summary>
    private static int SkipRawText(ReadOnlySpan<char> text, int from, string name)
    {
        var i = from;
        while (true)
        {
            var at = text[i..].IndexOf("</", StringComparison.Ordinal);
            if (at < 0)
            {
                return text.Length;
            }

            i += at + 2;
            if (text[i..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return SkipTag(text, i + name.Length);
            }
        }
    }
}
