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

/// <summary>A CSV text as lines of fields, to change one field and write it back (for lines without quoted fields).</summary>
internal sealed class CsvLines
{
    private readonly List<string[]> _lines;

    public CsvLines(string text)
    {
        _lines = [.. text.TrimEnd('\n').TrimEnd('\r').Split("\r\n").Select(l => l.Split(','))];
    }

    public string[] Header => _lines[0];

    public int Count => _lines.Count;

    public string[] this[int index] => _lines[index];

    /// <summary>Gets the index of the tidy line of a cell (table.row.column).</summary>
    public int LineOf(string key)
    {
        var table = Array.IndexOf(Header, "table");
        for (var i = 1; i < _lines.Count; i++)
        {
            if (string.Join('.', _lines[i][table], _lines[i][table + 1], _lines[i][table + 2]) == key)
            {
                return i;
            }
        }

        throw new ArgumentException($"No line for {key}.", nameof(key));
    }

    /// <summary>Sets a field of a line, by column name.</summary>
    public CsvLines Set(int line, string column, string value)
    {
        var index = Array.IndexOf(Header, column);
        if (index < 0)
        {
            throw new ArgumentException($"No column {column}.", nameof(column));
        }

        _lines[line][index] = value;
        return this;
    }

    /// <summary>Sets a field of a cell's tidy line.</summary>
    public CsvLines Set(string key, string column, string value) => Set(LineOf(key), column, value);

    public CsvLines RemoveAt(int line)
    {
        _lines.RemoveAt(line);
        return this;
    }

    public CsvLines Insert(int line, string[] fields)
    {
        _lines.Insert(line, fields);
        return this;
    }

    public CsvLines MoveToEnd(int line)
    {
        var fields = _lines[line];
        _lines.RemoveAt(line);
        _lines.Add(fields);
        return this;
    }

    public override string ToString() => string.Join("\r\n", _lines.Select(l => string.Join(',', l))) + "\r\n";
}
