namespace GovDisclosure.Rollup;

/// <summary>The jurisdictions a roll-up by administrative division code (行政区划代码) forms.</summary>
public enum RollupLevel
{
    /// <summary>One group per province: the code's first two digits (<c>320000</c>).</summary>
    Province,

    /// <summary>One group per prefecture: the code's first four digits (<c>320800</c>).</summary>
    Prefecture,

    /// <summary>One group per county: the code's first six digits (<c>320803</c>).</summary>
    County,

    /// <summary>One group holding every report, whatever its division code (or none); its key is <c>all</c>.</summary>
    All,
}
