namespace GovDisclosure.Tests.Catalog;

/// <summary>
/// The keys of <c>shared/spec/formats.md</c>, written out literally (not derived from the catalogue), so that the
/// catalogue can be compared with the specification.
/// </summary>
internal static class FormatsSpec
{
    public static readonly string[] National2021Tables = ["proactive", "requests", "reviews"];

    public static readonly string[] National2021ProactiveRows = ["regulations", "normativeDocuments", "licensing", "penalty", "coercion", "fees"];

    public static readonly string[] National2021ProactiveColumns = ["issued", "repealed", "inForce", "decisions", "amount"];

    /// <summary>Table <c>proactive</c> of national2021: the applicable columns of each row.</summary>
    public static readonly (string Row, string[] Columns)[] National2021ProactiveCells =
    [
        ("regulations", ["issued", "repealed", "inForce"]),
        ("normativeDocuments", ["issued", "repealed", "inForce"]),
        ("licensing", ["decisions"]),
        ("penalty", ["decisions"]),
        ("coercion", ["decisions"]),
        ("fees", ["amount"]),
    ];

    /// <summary>The 25 printed rows of table <c>requests</c> of national2021, in order (headings left out).</summary>
    public static readonly string[] National2021RequestRows =
    [
        "newlyReceived",
        "carriedOver",
        "granted",
        "partiallyGranted",
        "deniedStateSecret",
        "deniedProhibitedByLaw",
        "deniedEndangersSecurity",
        "deniedThirdPartyRights",
        "deniedInternalAffairs",
        "deniedProcessInformation",
        "deniedEnforcementFile",
        "deniedAdministrativeQuery",
        "unavailableNotHeld",
        "unavailableNeedsCreation",
        "unavailableUnclear",
        "notProcessedComplaint",
        "notProcessedDuplicate",
        "notProcessedPublication",
        "notProcessedExcessive",
        "notProcessedConfirmation",
        "otherNoCorrection",
        "otherFeeUnpaid",
        "otherOther",
        "resultsTotal",
        "carriedForward",
    ];

    public static readonly string[] RequestColumns =
    [
        "naturalPerson", "commercialEnterprise", "researchInstitution", "publicInterestOrganization", "legalServiceAgency", "otherOrganization", "total",
    ];

    public static readonly string[] ReviewRows = ["reconsideration", "litigationDirect", "litigationAfterReconsideration"];

    public static readonly string[] ReviewColumns = ["upheld", "corrected", "other", "pending", "total"];

    public static readonly string[] National2019Tables = ["proactive", "requests", "reviews"];

    public static readonly string[] National2019ProactiveRows =
    [
        "regulations", "normativeDocuments", "licensing", "otherManagementServices", "penalty", "coercion", "fees", "centralizedProcurement",
    ];

    public static readonly string[] National2019ProactiveColumns =
    [
        "newlyMade", "newlyPublished", "totalPublished", "previousYearItems", "itemChange", "decisions", "procurementProjects", "procurementAmount",
    ];

    /// <summary>Table <c>proactive</c> of national2019: the applicable columns of each row.</summary>
    public static readonly (string Row, string[] Columns)[] National2019ProactiveCells =
    [
        ("regulations", ["newlyMade", "newlyPublished", "totalPublished"]),
        ("normativeDocuments", ["newlyMade", "newlyPublished", "totalPublished"]),
        ("licensing", ["previousYearItems", "itemChange", "decisions"]),
        ("otherManagementServices", ["previousYearItems", "itemChange", "decisions"]),
        ("penalty", ["previousYearItems", "itemChange", "decisions"]),
        ("coercion", ["previousYearItems", "itemChange", "decisions"]),
        ("fees", ["previousYearItems", "itemChange"]),
        ("centralizedProcurement", ["procurementProjects", "procurementAmount"]),
    ];

    /// <summary>The 23 rows of table <c>requests</c> of national2019: （六）其他处理 is one row.</summary>
    public static readonly string[] National2019RequestRows =
    [
        "newlyReceived",
        "carriedOver",
        "granted",
        "partiallyGranted",
        "deniedStateSecret",
        "deniedProhibitedByLaw",
        "deniedEndangersSecurity",
        "deniedThirdPartyRights",
        "deniedInternalAffairs",
        "deniedProcessInformation",
        "deniedEnforcementFile",
        "deniedAdministrativeQuery",
        "unavailableNotHeld",
        "unavailableNeedsCreation",
        "unavailableUnclear",
        "notProcessedComplaint",
        "notProcessedDuplicate",
        "notProcessedPublication",
        "notProcessedExcessive",
        "notProcessedConfirmation",
        "otherHandling",
        "resultsTotal",
        "carriedForward",
    ];

    /// <summary>The canonical legacy indicators, in the order of formats.md's table.</summary>
    public static readonly string[] LegacyIndicators =
    [
        "proactive.total",
        "proactive.website",
        "proactive.gazette",
        "proactive.weibo",
        "proactive.wechat",
        "proactive.otherChannels",
        "proactive.normativeDocuments",
        "normativeDocuments.issued",
        "requests.total",
        "requests.inPerson",
        "requests.online",
        "requests.fax",
        "requests.letter",
        "requests.email",
        "requests.letterOrFax",
        "requests.otherChannels",
        "responses.total",
        "responses.granted",
        "responses.partiallyGranted",
        "responses.denied",
        "responses.other",
        "responses.alreadyPublic",
        "responses.notThisAgency",
        "responses.notExist",
        "responses.correctionRequested",
        "responses.otherRoute",
        "complaints.total",
        "reconsideration.total",
        "reconsideration.upheld",
        "reconsideration.corrected",
        "reconsideration.other",
        "litigation.total",
        "litigation.upheld",
        "litigation.corrected",
        "litigation.other",
        "fees.collected",
    ];

    public static readonly string[] LegacyPeriods = ["annual", "cumulative", "yearToDate"];

    /// <summary>The key indicators of formats.md's last table, in order.</summary>
    public static readonly string[] KeyIndicators =
    [
        "proactivelyDisclosed",
        "requestsReceived",
        "requestsCarriedOver",
        "granted",
        "partiallyGranted",
        "denied",
        "unavailable",
        "notProcessed",
        "otherOutcome",
        "requestsHandled",
        "carriedForward",
        "reconsiderations",
        "reconsiderationsCorrected",
        "lawsuits",
        "lawsuitsCorrected",
    ];

    /// <summary>The Pascal-case enum member name of a key: <c>proactive.total</c> → <c>ProactiveTotal</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The member name.</returns>
    public static string Pascal(string key) =>
        string.Concat(key.Split('.').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
