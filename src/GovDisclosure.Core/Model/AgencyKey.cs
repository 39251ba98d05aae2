using System.Globalization;
using System.Text;

namespace GovDisclosure;

/// <summary>How an <see cref="AgencyKey"/> recognises an agency.</summary>
public enum AgencyKeyKind
{
    /// <summary>By its unified social credit code (统一社会信用代码).</summary>
    CreditCode,

    /// <summary>By its administrative division code and its name.</summary>
    DivisionAndName,

    /// <summary>By its name alone.</summary>
    Name,
}

/// <summary>
/// What recognises reports of different years as one agency's: the unified social credit code where the report gives
/// one; else the administrative division code and the name; else the name. Names are compared after Unicode
/// normalisation (NFKC: full-width letters, digits and brackets become their ordinary forms) with white space removed.
/// </summary>
/// <remarks>
/// Two reports of one agency fall under different keys when one gives a credit code and the other does not, or when the
/// agency was renamed; the key never guesses that two different names are one agency. The default value has an empty
/// <see cref="Value"/> and recognises no agency.
/// </remarks>
public readonly record struct AgencyKey
{
    private AgencyKey(AgencyKeyKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Gets how the key recognises the agency.</summary>
    public AgencyKeyKind Kind { get; }

    /// <summary>Gets the key's text: the credit code, <c>division/name</c>, or the name.</summary>
    public string Value { get; } = string.Empty;

    /// <summary>Gets the key of an agency.</summary>
    /// <param name="agency">The agency.</param>
    /// <returns>The key.</returns>
    public static AgencyKey Of(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        if (agency.CreditCode is { } credit)
        {
            return new AgencyKey(AgencyKeyKind.CreditCode, credit.Value);
        }

        var name = NormalizeName(agency.Name);
        return agency.DivisionCode is { } division
            ? new AgencyKey(AgencyKeyKind.DivisionAndName, division.Value + "/" + name)
            : new AgencyKey(AgencyKeyKind.Name, name);
    }

    /// <summary>Gets the key of a report's agency.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The key.</returns>
    public static AgencyKey Of(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Of(report.Agency);
    }

    /// <summary>Formats the key as <c>kind:value</c>, such as <c>name:沙县高桥镇人民政府</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        AgencyKeyKind.CreditCode => "creditCode:",
        AgencyKeyKind.DivisionAndName => "divisionAndName:",
        _ => "name:",
    } + Value;

    private static string NormalizeName(string name)
    {
        if (IsPlain(name))
        {
            return name;
        }

        var normalized = name.Normalize(NormalizationForm.FormKC);
        var text = new StringBuilder(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && Rune.GetUnicodeCategory(rune) != UnicodeCategory.Format)
            {
                text.Append(rune.ToString());
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Tells whether NFKC normalisation and the removal of white space leave a name as it is: every character a CJK
    /// unified ideograph or a printable ASCII character other than the space. Most names are, and then skip both steps.
    /// </summary>
    private static bool IsPlain(string name)
    {
        foreach (var c in name)
        {
            if (c is not ((>= '\u4E00' and <= '\u9FFF') or (> ' ' and < '\u007F')))
            {
                return false;
            }
        }

        return true;
    }
}
