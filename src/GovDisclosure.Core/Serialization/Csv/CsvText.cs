using System.Text;
using GovDisclosure.Catalog;

namespace GovDisclosure.Serialization.Csv;

/// <summary>
/// The text of CSV fields: formula neutralisation of text written, strict UTF-8 decoding and strict number parsing of
/// fields read.
/// </summary>
internal static class CsvText
{
    /// <summary>
    /// The mark put in front of a text field that a spreadsheet would run as a formula (and of one that starts with the
    /// mark itself, so that reading can always take it off): Excel shows a field starting with it as text.
    /// </summary>
    public const char FormulaMark = '\'';

    /// <summary>The field of a cell the report does not have, in the wide layout (R and pandas read it as missing).</summary>
    public static ReadOnlySpan<byte> NotApplicable => "NA"u8;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether a text field must be written with <see cref="FormulaMark"/> in front: it starts with <c>= + - @</c>, tab, CR or the mark.</summary>
    public static bool NeedsMark(ReadOnlySpan<char> text) => !text.IsEmpty && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or FormulaMark;

    /// <summary>A text field as written: with <see cref="FormulaMark"/> in front when <see cref="NeedsMark"/>.</summary>
    public static string Protect(string text) => NeedsMark(text) ? FormulaMark + text : text;

    /// <summary>A text field as written, in UTF-8.</summary>
    public static byte[] ProtectUtf8(string text) => Encoding.UTF8.GetBytes(Protect(text));

    /// <summary>A text field as read: without the <see cref="FormulaMark"/> a writer put in front.</summary>
    public static ReadOnlySpan<byte> Unprotect(ReadOnlySpan<byte> field) => !field.IsEmpty && field[0] == (byte)FormulaMark ? field[1..] : field;

    /// <summary>Decodes a text field read (without its formula mark), or says that it is not UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> field)
    {
        try
        {
            return StrictUtf8.GetString(Unprotect(field));
        }
        catch (DecoderFallbackException exception)
        {
            throw new FormatException(
                "the text is not valid UTF-8: a file in GB18030 or GBK whose first 64 KiB are plain ASCII must name its encoding (CsvReadOptions.Encoding, --encoding gb18030).",
                exception);
        }
    }

    /// <summary>Shows a field read in a message: decoded leniently, shortened.</summary>
    public static string Show(ReadOnlySpan<byte> field)
    {
        var text = Encoding.UTF8.GetString(field);
        return text.Length <= 40 ? text : text[..40] + "…";
    }

    /// <summary>
    /// Parses a number as CSV writes it: an optional sign, digits and an optional fraction (<c>12</c>, <c>-3</c>,
    /// <c>4068.208</c>), at most 18 significant digits; no exponent, no thousands separator, no spaces.
    /// </summary>
    /// <returns>The reported value, or <see langword="null"/> with <paramref name="problem"/> saying why the field is not one.</returns>
    public static CellValue? ParseNumber(ReadOnlySpan<byte> field, out string? problem)
    {
        problem = null;
        var i = 0;
        var negative = false;
        if (field[0] is (byte)'-' or (byte)'+')
        {
            negative = field[0] == (byte)'-';
            i = 1;
        }

        long units = 0;
        var digits = 0;
        var scale = -1;
        for (; i < field.Length; i++)
        {
            var b = field[i];
            if (b == (byte)'.' && scale < 0 && digits > 0)
            {
                scale = 0;
                continue;
            }

            var digit = b - (byte)'0';
            if (digit is < 0 or > 9)
            {
                problem = "not a number";
                return null;
            }

            if (units == 0 && digit == 0 && scale < 0)
            {
                digits++;
                continue;
            }

            // Checked before the step: a 19th digit would overflow a long before the bound could be compared.
            if (units > (CellValue.MaxWholeNumber - digit) / 10)
            {
                problem = "more than 18 significant digits";
                return null;
            }

            units = (units * 10) + digit;

            digits++;
            if (scale >= 0)
            {
                scale++;
            }
        }

        if (digits == 0 || scale == 0)
        {
            problem = "not a number";
            return null;
        }

        if (scale > CellValue.MaxScale)
        {
            problem = "more than 18 decimal places";
            return null;
        }

        return CellValue.FromUnits(negative ? -units : units, Math.Max(scale, 0));
    }

    /// <summary>What a cell of a kind holds, for messages: <c>a whole number ≥ 0 (a count)</c>.</summary>
    public static string Expected(ValueKind? kind) => kind switch
    {
        ValueKind.Count => "a whole number ≥ 0 (a count)",
        ValueKind.SignedCount => "a whole number (a signed change)",
        ValueKind.Money => "an amount of money ≥ 0",
        _ => "a number",
    };
}
