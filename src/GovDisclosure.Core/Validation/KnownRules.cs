namespace GovDisclosure.Validation;

/// <summary>The rules of <see cref="RuleCatalog"/> as fields, named as in <see cref="RuleCodes"/>, for the validators.</summary>
internal static class KnownRules
{
    public static readonly ValidationRule CannotCheck = RuleCatalog.Get(RuleCodes.CannotCheck);

    public static readonly ValidationRule UnusedSuppression = RuleCatalog.Get(RuleCodes.UnusedSuppression);

    public static readonly ValidationRule UnknownSuppressionCode = RuleCatalog.Get(RuleCodes.UnknownSuppressionCode);

    public static readonly ValidationRule SumOutOfRange = RuleCatalog.Get(RuleCodes.SumOutOfRange);

    public static readonly ValidationRule YearInFuture = RuleCatalog.Get(RuleCodes.YearInFuture);

    public static readonly ValidationRule FormatNotYetInForce = RuleCatalog.Get(RuleCodes.FormatNotYetInForce);

    public static readonly ValidationRule FormatSuperseded = RuleCatalog.Get(RuleCodes.FormatSuperseded);

    public static readonly ValidationRule CreditCodeCheckCharacter = RuleCatalog.Get(RuleCodes.CreditCodeCheckCharacter);

    public static readonly ValidationRule CreditCodeNotStateOrgan = RuleCatalog.Get(RuleCodes.CreditCodeNotStateOrgan);

    public static readonly ValidationRule DivisionCodeShape = RuleCatalog.Get(RuleCodes.DivisionCodeShape);

    public static readonly ValidationRule DivisionCodeLevel = RuleCatalog.Get(RuleCodes.DivisionCodeLevel);

    public static readonly ValidationRule CreditCodeDivision = RuleCatalog.Get(RuleCodes.CreditCodeDivision);

    public static readonly ValidationRule RequestsBalance = RuleCatalog.Get(RuleCodes.RequestsBalance);

    public static readonly ValidationRule RequestsResultsTotal = RuleCatalog.Get(RuleCodes.RequestsResultsTotal);

    public static readonly ValidationRule RequestsColumnTotal = RuleCatalog.Get(RuleCodes.RequestsColumnTotal);

    public static readonly ValidationRule ReviewsTotal = RuleCatalog.Get(RuleCodes.ReviewsTotal);

    public static readonly ValidationRule LegacyRequestChannels = RuleCatalog.Get(RuleCodes.LegacyRequestChannels);

    public static readonly ValidationRule LegacyResponseOutcomes = RuleCatalog.Get(RuleCodes.LegacyResponseOutcomes);

    public static readonly ValidationRule LegacyPartOf = RuleCatalog.Get(RuleCodes.LegacyPartOf);

    public static readonly ValidationRule LegacyCumulativeAtLeastAnnual = RuleCatalog.Get(RuleCodes.LegacyCumulativeAtLeastAnnual);

    public static readonly ValidationRule LegacyCategorySum = RuleCatalog.Get(RuleCodes.LegacyCategorySum);

    public static readonly ValidationRule SeriesCarryOver = RuleCatalog.Get(RuleCodes.SeriesCarryOver);

    public static readonly ValidationRule SeriesInForce = RuleCatalog.Get(RuleCodes.SeriesInForce);

    public static readonly ValidationRule SeriesCumulative = RuleCatalog.Get(RuleCodes.SeriesCumulative);

    public static readonly ValidationRule SeriesMissingYear = RuleCatalog.Get(RuleCodes.SeriesMissingYear);

    public static readonly ValidationRule SeriesDuplicateYear = RuleCatalog.Get(RuleCodes.SeriesDuplicateYear);

    public static readonly ValidationRule PublishedTooEarly = RuleCatalog.Get(RuleCodes.PublishedTooEarly);

    public static readonly ValidationRule PublishedLate = RuleCatalog.Get(RuleCodes.PublishedLate);

    public static readonly ValidationRule PublishedInFuture = RuleCatalog.Get(RuleCodes.PublishedInFuture);

    public static readonly ValidationRule TableMissing = RuleCatalog.Get(RuleCodes.TableMissing);

    public static readonly ValidationRule SectionMissing = RuleCatalog.Get(RuleCodes.SectionMissing);

    public static readonly ValidationRule SectionsNotRecorded = RuleCatalog.Get(RuleCodes.SectionsNotRecorded);

    public static readonly ValidationRule Unreadable = RuleCatalog.Get(RuleCodes.Unreadable);

    public static readonly ValidationRule NegativeCount = RuleCatalog.Get(RuleCodes.NegativeCount);

    public static readonly ValidationRule FractionalCount = RuleCatalog.Get(RuleCodes.FractionalCount);
}
