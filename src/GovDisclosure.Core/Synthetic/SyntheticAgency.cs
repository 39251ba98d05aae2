namespace GovDisclosure.Synthetic;

/// <summary>What kind of body a synthetic agency is, beyond its level and kind.</summary>
internal enum AgencyRole
{
    /// <summary>A department of the State Council.</summary>
    NationalDepartment,

    /// <summary>A people's government (or a prefecture's 行政公署).</summary>
    Government,

    /// <summary>A department of a people's government.</summary>
    Department,

    /// <summary>A town's or township's people's government (镇, 乡).</summary>
    Township,

    /// <summary>A subdistrict office (街道办事处).</summary>
    Subdistrict,
}

/// <summary>A synthetic agency with what its figures depend on.</summary>
/// <param name="Agency">The agency as its reports name it.</param>
/// <param name="Position">Its place in the hierarchy's walk: the key of its random streams.</param>
/// <param name="Role">What kind of body it is.</param>
/// <param name="Department">Its department type, for a department of a people's government.</param>
/// <param name="ProvinceRequests">How many requests agencies of its province receive, relative to the national average.</param>
/// <param name="MakesRules">Whether it makes rules (规章): provincial governments, governments of prefecture-level cities, State Council departments.</param>
/// <param name="LegacyForm">The statistics form of its legacy reports.</param>
internal sealed record SyntheticAgency(
    Agency Agency,
    long Position,
    AgencyRole Role,
    DepartmentType? Department,
    double ProvinceRequests,
    bool MakesRules,
    LegacyForm LegacyForm)
{
    /// <summary>Gets the agency's level.</summary>
    public AgencyLevel Level => Agency.Level!.Value;
}
