using System.Collections.Immutable;
using GovDisclosure.Validation;

namespace GovDisclosure.Synthetic;

/// <summary>The kinds of errors <see cref="ReportGenerator"/> plants, each a mistake real reports make.</summary>
public enum PlantedErrorKind
{
    /// <summary>表三: a row's 总计 mistyped, so it is not the sum of the applicant columns and （七）总计 is not the sum of the outcomes (GD0203, GD0202).</summary>
    RequestRowTotal,

    /// <summary>表四: a total mistyped, so it is not upheld + corrected + other + pending (GD0204).</summary>
    ReviewTotal,

    /// <summary>表三: 本年新收 mistyped in one applicant column and its total, so the column does not balance (GD0201).</summary>
    RequestBalance,

    /// <summary>表三: 上年结转 differs from last year's 结转下年度继续办理 in one column and the total (GD0401); the report itself balances.</summary>
    CarryOverBreak,

    /// <summary>Legacy: 答复总数 mistyped, so it is not the sum of the outcomes (GD0212; GD0403 and GD0214 where the cumulative column shows it).</summary>
    LegacyResponseTotal,

    /// <summary>Legacy: a 历年累计 mistyped, breaking the cumulative chain with the year before and the year after (GD0403).</summary>
    LegacyCumulativeBreak,

    /// <summary>The credit code's check character mistyped (GD0104); the report then falls out of its agency's series, which misses the year (GD0404).</summary>
    CreditCodeCheckCharacter,

    /// <summary>Published after the deadline (GD0502).</summary>
    LatePublication,

    /// <summary>A year's report left out of the agency's series (GD0404 on the next year's report).</summary>
    MissingYear,

    /// <summary>A year's report given twice (GD0405 on both).</summary>
    DuplicateReport,
}

/// <summary>An error the generator planted, with the findings the validators must give for it.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record PlantedError
{
    internal PlantedError(PlantedErrorKind kind, Agency agency, int year, ImmutableArray<CellKey> cells, ImmutableArray<ExpectedFinding> findings, string description)
    {
        Kind = kind;
        Agency = agency;
        Year = year;
        Cells = cells;
        Findings = findings;
        Description = description;
    }

    /// <summary>Gets the kind of error.</summary>
    public PlantedErrorKind Kind { get; }

    /// <summary>Gets the agency, as its other reports name it.</summary>
    public Agency Agency { get; }

    /// <summary>Gets the year of the report changed, left out or given twice.</summary>
    public int Year { get; }

    /// <summary>Gets the cells changed (empty for an error of metadata or of the series).</summary>
    public ImmutableArray<CellKey> Cells { get; }

    /// <summary>
    /// Gets the findings the error gives when each report is validated (<see cref="ReportValidator.Validate(AnnualReport)"/>)
    /// and each agency's reports, grouped by <see cref="AgencyKey"/>, are validated as a series
    /// (<see cref="ReportValidator.ValidateSeries(IEnumerable{AnnualReport})"/>), with the default options.
    /// </summary>
    public ImmutableArray<ExpectedFinding> Findings { get; }

    /// <summary>Gets what was done, in English, such as <c>requests.granted.total printed 17 instead of 12</c>.</summary>
    public string Description { get; }

    /// <inheritdoc/>
    public bool Equals(PlantedError? other) =>
        other is not null
        && Kind == other.Kind
        && Agency == other.Agency
        && Year == other.Year
        && Cells.SequenceEqual(other.Cells)
        && Findings.SequenceEqual(other.Findings)
        && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Agency, Year, Cells.Length, Findings.Length);

    /// <summary>Describes the error: kind, agency, year and what was done.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} {Agency.Name} {Year}: {Description}";
}

/// <summary>A finding a planted error must give: the report it is about, its rule code, and the changed cells it names.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record ExpectedFinding
{
    /// <summary>Initializes a new instance of the <see cref="ExpectedFinding"/> class.</summary>
    /// <param name="report">The report the finding is about, as <see cref="ReportIdentity.Of"/> gives it (no source).</param>
    /// <param name="code">The rule code, such as <c>GD0203</c>.</param>
    /// <param name="cells">The changed cells among the finding's cells (empty when it names none).</param>
    public ExpectedFinding(ReportIdentity report, string code, ImmutableArray<CellKey> cells)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Report = report;
        Code = code;
        Cells = cells.IsDefault ? [] : cells;
    }

    /// <summary>Gets the report the finding is about.</summary>
    public ReportIdentity Report { get; }

    /// <summary>Gets the rule code.</summary>
    public string Code { get; }

    /// <summary>Gets the changed cells the finding names (a finding may name more).</summary>
    public ImmutableArray<CellKey> Cells { get; }

    /// <inheritdoc/>
    public bool Equals(ExpectedFinding? other) =>
        other is not null
        && Report == other.Report
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && Cells.SequenceEqual(other.Cells);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Report, Code, Cells.Length);

    /// <summary>Describes the finding, such as <c>GD0401 某县财政局 2021</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Report}";
}
