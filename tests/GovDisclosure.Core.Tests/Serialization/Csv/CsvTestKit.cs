using System.Collections.Immutable;
using System.Text;
using GovDisclosure.Serialization.Csv;

namespace GovDisclosure.Tests.Serialization.Csv;

/// <summary>Writing and reading CSV in memory for the tests.</summary>
internal static class CsvTestKit
{
    public static CsvWriteOptions Tidy { get; } = CsvWriteOptions.Default;

    public static CsvWriteOptions Wide { get; } = new() { Layout = CsvLayout.Wide };

    public static byte[] Write(IEnumerable<AnnualReport> reports, CsvWriteOptions? options = null)
    {
        using var stream = new MemoryStream();
        GovDisclosureCsv.Write(stream, reports, options);
        return stream.ToArray();
    }

    public static string WriteText(IEnumerable<AnnualReport> reports, CsvWriteOptions? options = null) =>
        Encoding.UTF8.GetString(Write(reports, (options ?? Tidy) with { WriteByteOrderMark = false }));

    public static List<AnnualReport> Read(byte[] csv, CsvReadOptions? options = null, string source = "reports.csv") =>
        [.. GovDisclosureCsv.Read(new MemoryStream(csv), source, options)];

    public static List<AnnualReport> Read(string csv, CsvReadOptions? options = null) => Read(Encoding.UTF8.GetBytes(csv), options);

    public static List<ReportReadResult> Results(string csv, CsvReadOptions? options = null) =>
        [.. GovDisclosureCsv.ReadResults(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "reports.csv", options)];

    /// <summary>Reads CSV text that must fail, and gives the error.</summary>
    public static ReportReadException ReadError(string csv, CsvReadOptions? options = null)
    {
        try
        {
            _ = Read(csv, options);
        }
        catch (ReportReadException exception)
        {
            return exception;
        }

        throw new InvalidOperationException("The CSV was read without an error.");
    }

    /// <summary>A report without what CSV does not carry: the free-text sections and the suppressions.</summary>
    public static AnnualReport WithoutText(AnnualReport report) =>
        report with { Sections = ImmutableSortedDictionary<ReportSection, string>.Empty, Suppressions = [] };
}
