using System.Text;

namespace GovDisclosure.Serialization.Csv;

/// <summary>How report CSV files are read.</summary>
public sealed record CsvReadOptions
{
    /// <summary>Gets the default options: the layout taken from the header, the encoding detected.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>
    /// Gets the layout the file must have, or <see langword="null"/> (the default) to take it from the header: a header
    /// with a <c>table</c> column is tidy, any other wide. A file of the other layout is an error.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a member of <see cref="CsvLayout"/>.</exception>
    public CsvLayout? Layout
    {
        get;
        init => field = value is null || Enum.IsDefined(value.Value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown layout.");
    }

    /// <summary>
    /// Gets the encoding of the file, or <see langword="null"/> (the default) to detect it: a byte order mark says
    /// which Unicode encoding; without one, the first 64 KiB are UTF-8 if they are valid UTF-8, otherwise GB18030 (which
    /// includes GBK and GB2312). A UTF-8 byte order mark wins over the encoding named here.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// Gets the largest record read, in bytes (default 16 MiB, at most 1 GiB): a longer one (an unclosed quote that
    /// swallows the rest of the file) is an error, never read into memory whole.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 KiB or more than 1 GiB.</exception>
    public int MaxRecordBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1024);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1 << 30);
            field = value;
        }
    } = 16 * 1024 * 1024;

    /// <summary>
    /// Gets the most entries one list of a report may hold (default 10,000, as <c>ReportJsonReadOptions.MaxListEntries</c>):
    /// the legacy rows the catalogue does not know and the entries of each prose breakdown. Tables have the catalogue's
    /// cells and no more; this bounds the rest, so that memory follows the report, not the length of the file.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxListEntries
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 10_000;

    /// <summary>
    /// Gets the most reports an input may hold, or <see langword="null"/> (the default) for no limit. A report that fails
    /// to read counts as one. The report after the last one allowed is an error naming its line that ends the reading
    /// (<see cref="ReportReadResult.StoppedReading"/>), never dropped in silence.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long? MaxReports
    {
        get;
        init => field = ReadLimits.CheckMaxReports(value);
    }
}
