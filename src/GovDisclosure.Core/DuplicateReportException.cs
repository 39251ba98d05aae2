using System.Globalization;
using GovDisclosure.Validation;

namespace GovDisclosure;

/// <summary>
/// Two reports of one agency (by <see cref="AgencyKey"/>) on the same year were given where each agency-year may be
/// counted once: a history or a roll-up never counts a report twice, nor chooses between two reports.
/// </summary>
public sealed class DuplicateReportException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DuplicateReportException"/> class.</summary>
    public DuplicateReportException()
        : this("Two reports of one agency on the same year were given.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DuplicateReportException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    public DuplicateReportException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DuplicateReportException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public DuplicateReportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DuplicateReportException"/> class for two reports.</summary>
    /// <param name="key">The agency's key, under which both reports fall.</param>
    /// <param name="year">The reporting year both reports carry.</param>
    /// <param name="first">The report met first.</param>
    /// <param name="second">The report met second.</param>
    public DuplicateReportException(AgencyKey key, int year, ReportIdentity first, ReportIdentity second)
        : base(Describe(key, year, first, second))
    {
        Key = key;
        Year = year;
        First = first;
        Second = second;
    }

    /// <summary>Gets the agency's key (the default key when the exception was created from a message alone).</summary>
    public AgencyKey Key { get; }

    /// <summary>Gets the reporting year both reports carry (0 when the exception was created from a message alone).</summary>
    public int Year { get; }

    /// <summary>Gets the report met first, where known.</summary>
    public ReportIdentity? First { get; }

    /// <summary>Gets the report met second, where known.</summary>
    public ReportIdentity? Second { get; }

    private static string Describe(AgencyKey key, int year, ReportIdentity first, ReportIdentity second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Two reports of agency {key} on {year}: {Describe(first)} and {Describe(second)}. Each agency-year is counted once; remove one of them.");
    }

    private static string Describe(ReportIdentity identity) =>
        string.Create(CultureInfo.InvariantCulture, $"'{identity}' ({FormatKey(identity.Format)})");

    private static string FormatKey(ReportFormat format) => Catalog.FormatCatalog.Get(format).Key;
}
