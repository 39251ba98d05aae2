namespace GovDisclosure;

/// <summary>The administrative level of an agency (its JSON key is the camel-case name).</summary>
public enum AgencyLevel
{
    /// <summary>National: the State Council and its departments (<c>national</c>).</summary>
    National,

    /// <summary>Provincial: provinces, autonomous regions, municipalities directly under the central government (<c>provincial</c>).</summary>
    Provincial,

    /// <summary>Prefectural: prefecture-level cities, prefectures, leagues (<c>prefectural</c>).</summary>
    Prefectural,

    /// <summary>County: counties, county-level cities, districts (<c>county</c>).</summary>
    County,

    /// <summary>Township: townships, towns, subdistricts (<c>township</c>).</summary>
    Township,
}

/// <summary>The kind of an agency (its JSON key is the camel-case name).</summary>
public enum AgencyKind
{
    /// <summary>A people's government (人民政府), whose report may cover its departments (<c>government</c>).</summary>
    Government,

    /// <summary>A department of a people's government or another public body (<c>department</c>).</summary>
    Department,
}
