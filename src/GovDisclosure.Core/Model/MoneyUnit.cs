namespace GovDisclosure;

/// <summary>The unit of an amount of money in a table (its JSON key is the camel-case name).</summary>
public enum MoneyUnit
{
    /// <summary>元 (<c>yuan</c>).</summary>
    Yuan,

    /// <summary>万元, ten thousand yuan (<c>tenThousandYuan</c>).</summary>
    TenThousandYuan,
}
