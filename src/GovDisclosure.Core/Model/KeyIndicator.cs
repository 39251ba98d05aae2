namespace GovDisclosure;

/// <summary>
/// The key indicators: one view of the main figures across the three formats, so that a series can run from
/// 2008 to today across the 2019 format change. How each format's cells map to each indicator is stated in
/// the catalogue (<see cref="Catalog.FormatDefinition.KeyIndicators"/>).
/// </summary>
public enum KeyIndicator
{
    /// <summary>Documents proactively disclosed (legacy only) (<c>proactivelyDisclosed</c>).</summary>
    ProactivelyDisclosed,

    /// <summary>Requests received this year (<c>requestsReceived</c>).</summary>
    RequestsReceived,

    /// <summary>Requests carried over from last year (national formats) (<c>requestsCarriedOver</c>).</summary>
    RequestsCarriedOver,

    /// <summary>Requests granted (<c>granted</c>).</summary>
    Granted,

    /// <summary>Requests partially granted (<c>partiallyGranted</c>).</summary>
    PartiallyGranted,

    /// <summary>Requests denied (<c>denied</c>).</summary>
    Denied,

    /// <summary>Information that could not be provided (<c>unavailable</c>).</summary>
    Unavailable,

    /// <summary>Requests not processed (national formats) (<c>notProcessed</c>).</summary>
    NotProcessed,

    /// <summary>Other outcomes (<c>otherOutcome</c>).</summary>
    OtherOutcome,

    /// <summary>Requests handled this year (<c>requestsHandled</c>).</summary>
    RequestsHandled,

    /// <summary>Requests carried forward to next year (national formats) (<c>carriedForward</c>).</summary>
    CarriedForward,

    /// <summary>Administrative reconsiderations (<c>reconsiderations</c>).</summary>
    Reconsiderations,

    /// <summary>Administrative reconsiderations whose result corrected the agency (<c>reconsiderationsCorrected</c>).</summary>
    ReconsiderationsCorrected,

    /// <summary>Administrative lawsuits (<c>lawsuits</c>).</summary>
    Lawsuits,

    /// <summary>Administrative lawsuits whose result corrected the agency (<c>lawsuitsCorrected</c>).</summary>
    LawsuitsCorrected,
}
