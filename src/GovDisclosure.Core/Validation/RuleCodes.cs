namespace GovDisclosure.Validation;

/// <summary>
/// The codes of the <see cref="RuleCatalog"/>'s rules. A code is <c>GD</c> and four digits; the first two digits give
/// the area: <c>00</c> the validation itself, <c>01</c> identity and metadata, <c>02</c> arithmetic within a table,
/// <c>03</c> between a table and the text, <c>04</c> across years, <c>05</c> publication dates, <c>06</c>
/// completeness, <c>09</c> reading. A code, once published, is never given to another rule.
/// </summary>
public static class RuleCodes
{
    /// <summary>A relation cannot be checked because a cell it needs is blank.</summary>
    public const string CannotCheck = "GD0001";

    /// <summary>A suppression (explained deviation) matches no finding.</summary>
    public const string UnusedSuppression = "GD0002";

    /// <summary>A suppression cites a code or relation that does not exist.</summary>
    public const string UnknownSuppressionCode = "GD0003";

    /// <summary>A side of a relation adds up to more than 18 significant digits, so the relation cannot be checked.</summary>
    public const string SumOutOfRange = "GD0004";

    /// <summary>The reporting year is after the current year.</summary>
    public const string YearInFuture = "GD0101";

    /// <summary>The format was not yet in force for the reporting year.</summary>
    public const string FormatNotYetInForce = "GD0102";

    /// <summary>The format had been replaced by the reporting year.</summary>
    public const string FormatSuperseded = "GD0103";

    /// <summary>The 统一社会信用代码's check character is wrong.</summary>
    public const string CreditCodeCheckCharacter = "GD0104";

    /// <summary>The 统一社会信用代码 is not an organ of state's.</summary>
    public const string CreditCodeNotStateOrgan = "GD0105";

    /// <summary>The 行政区划代码 is not a GB/T 2260 code.</summary>
    public const string DivisionCodeShape = "GD0106";

    /// <summary>The 行政区划代码 disagrees with the agency's stated level.</summary>
    public const string DivisionCodeLevel = "GD0107";

    /// <summary>The registration division in the 统一社会信用代码 and the 行政区划代码 are unrelated.</summary>
    public const string CreditCodeDivision = "GD0108";

    /// <summary>表三 per column: newly received + carried over = results total + carried forward.</summary>
    public const string RequestsBalance = "GD0201";

    /// <summary>表三 per column: （七）总计 = the sum of outcomes （一） to （六）.</summary>
    public const string RequestsResultsTotal = "GD0202";

    /// <summary>表三 per row: 总计 = the six applicant columns.</summary>
    public const string RequestsColumnTotal = "GD0203";

    /// <summary>表四 per row: 总计 = upheld + corrected + other + pending.</summary>
    public const string ReviewsTotal = "GD0204";

    /// <summary>Legacy: requests received = the sum of the channels printed.</summary>
    public const string LegacyRequestChannels = "GD0211";

    /// <summary>Legacy: responses = the sum of the outcomes printed.</summary>
    public const string LegacyResponseOutcomes = "GD0212";

    /// <summary>Legacy: an 其中 row ≤ its parent.</summary>
    public const string LegacyPartOf = "GD0213";

    /// <summary>Legacy: cumulative ≥ annual.</summary>
    public const string LegacyCumulativeAtLeastAnnual = "GD0214";

    /// <summary>Legacy: the categories stated in prose add up to the proactive total.</summary>
    public const string LegacyCategorySum = "GD0301";

    /// <summary>This year's 上年结转 = last year's 结转下年度, per column.</summary>
    public const string SeriesCarryOver = "GD0401";

    /// <summary>现行有效件数 = last year's + issued − repealed.</summary>
    public const string SeriesInForce = "GD0402";

    /// <summary>Legacy: cumulative = last year's cumulative + this year's annual figure.</summary>
    public const string SeriesCumulative = "GD0403";

    /// <summary>A year is missing from an agency's series.</summary>
    public const string SeriesMissingYear = "GD0404";

    /// <summary>Two reports for the same agency and year.</summary>
    public const string SeriesDuplicateYear = "GD0405";

    /// <summary>Published on or before 31 December of the reporting year.</summary>
    public const string PublishedTooEarly = "GD0501";

    /// <summary>Published after the deadline.</summary>
    public const string PublishedLate = "GD0502";

    /// <summary>The publication date is after today.</summary>
    public const string PublishedInFuture = "GD0503";

    /// <summary>A table the format requires is missing (every cell blank).</summary>
    public const string TableMissing = "GD0601";

    /// <summary>A section the format requires is missing.</summary>
    public const string SectionMissing = "GD0602";

    /// <summary>The report carries no section text, so the sections were not checked.</summary>
    public const string SectionsNotRecorded = "GD0603";

    /// <summary>The input could not be read as a report.</summary>
    public const string Unreadable = "GD0901";

    /// <summary>A negative figure in a column that is not signed.</summary>
    public const string NegativeCount = "GD0902";

    /// <summary>A fraction in a count.</summary>
    public const string FractionalCount = "GD0903";
}
