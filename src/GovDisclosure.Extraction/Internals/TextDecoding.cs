using System.Text;

namespace GovDisclosure.Extraction.Internals;

/// <summary>Decodes input bytes: byte order mark, then an HTML meta charset, then strict UTF-8, then GB18030.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the bytes.</summary>
    /// <param name="bytes">The input.</param>
    /// <param name="fallback">Why the encoding was guessed (read as GB18030 for want of a charset, or a charset that is not read), or <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    public static string Decode(ReadOnlySpan<byte> bytes, out string? fallback)
    {
        fallback = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x84, 0x31, 0x95, 0x33]))
        {
            return Gb18030.GetString(bytes[4..]);
        }

        var declared = MetaCharset(bytes, out var refused);
        if (declared is not null)
        {
            return declared.GetString(bytes);
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            if (refused is not null)
            {
                fallback = $"the page names the charset '{refused}', which is not read; read as UTF-8 (the bytes are valid UTF-8).";
            }

            return text;
        }
        catch (DecoderFallbackException)
        {
            fallback = refused is null
                ? "the input is not valid UTF-8 and names no charset; read as GB18030."
                : $"the page names the charset '{refused}', which is not read, and is not valid UTF-8; read as GB18030.";
            return Gb18030.GetString(bytes);
        }
    }

    private static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>
    /// Finds <c>charset=…</c> in the first 4 KB (ASCII), as in <c>&lt;meta charset="gbk"&gt;</c> or a content-type meta.
    /// A charset that is not read gives <see langword="null"/> and its name: one .NET does not know or refuses (UTF-7),
    /// and the UTF-16 and UTF-32 forms, which an ASCII-compatible page cannot be in (a page in UTF-16 starts with its
    /// byte order mark).
    /// </summary>
    private static Encoding? MetaCharset(ReadOnlySpan<byte> bytes, out string? refused)
    {
        refused = null;
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var at = head.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var i = at + 7;
            while (i < head.Length && head[i] is ' ' or '=' or '"' or '\'')
            {
                i++;
            }

            var start = i;
            while (i < head.Length && (char.IsAsciiLetterOrDigit(head[i]) || head[i] is '-' or '_'))
            {
                i++;
            }

            var name = head[start..i].ToLowerInvariant();
            if (name is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936")
            {
                return Gb18030;
            }

            if (name is "utf-8" or "utf8")
            {
                return new UTF8Encoding(false);
            }

            if (name.Length > 0)
            {
                try
                {
                    var encoding = Encoding.GetEncoding(name);
                    if (encoding is UnicodeEncoding or UTF32Encoding || encoding.CodePage is 1200 or 1201 or 12000 or 12001 or 65000)
                    {
                        refused = name;
                        return null;
                    }

                    return encoding;
                }
                catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
                {
                    refused = name;
                    return null;
                }
            }

            at = head.IndexOf("charset", i, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }
}
