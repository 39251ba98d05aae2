using System.Text;

namespace GovDisclosure.Extraction.Internals;

/// <summary>Decodes input bytes: byte order mark, then an HTML meta charset, then strict UTF-8, then GB18030.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, out bool fallback)
    {
        fallback = false;
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

        if (MetaCharset(bytes) is { } declared)
        {
            return declared.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            fallback = true;
            return Gb18030.GetString(bytes);
        }
    }

    private static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>Finds <c>charset=…</c> in the first 4 KB (ASCII), as in <c>&lt;meta charset="gbk"&gt;</c> or a content-type meta.</summary>
    private static Encoding? MetaCharset(ReadOnlySpan<byte> bytes)
    {
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
                    return Encoding.GetEncoding(name);
                }
                catch (ArgumentException)
                {
                    return null;
                }
            }

            at = head.IndexOf("charset", i, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }
}
