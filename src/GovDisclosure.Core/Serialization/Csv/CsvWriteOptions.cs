using System.Collections.Immutable;

namespace GovDisclosure.Serialization.Csv;

/// <summary>How reports are written as CSV.</summary>
public sealed record CsvWriteOptions
{
    /// <summary>Gets the default options: the tidy layout, UTF-8 with a byte order mark.</summary>
    public static CsvWriteOptions Default { get; } = new();

    /// <summary>Gets the layout (tidy by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a member of <see cref="CsvLayout"/>.</exception>
    public CsvLayout Layout
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown layout.");
    }

    /// <summary>
    /// Gets a value indicating whether the output starts with a UTF-8 byte order mark (the default), which Excel needs to
    /// read the Chinese text as UTF-8 rather than in the computer's code page.
    /// </summary>
    public bool WriteByteOrderMark { get; init; } = true;

    /// <summary>
    /// Gets the formats whose cells the wide layout has columns for, in that order (keys two formats share are one
    /// column). Empty (the default): the format of the first report. A report of a format not listed cannot be written
    /// in the wide layout, whose header is written before the reports; the tidy layout ignores this option.
    /// </summary>
    /// <exception cref="ArgumentException">A format is unknown or listed twice.</exception>
    public ImmutableArray<ReportFormat> WideFormats
    {
        get;
        init
        {
            var formats = value.IsDefault ? [] : value;
            foreach (var format in formats)
            {
                if (!Enum.IsDefined(format))
                {
                    throw new ArgumentException($"Unknown format {format}.", nameof(value));
                }
            }

            if (formats.Distinct().Count() != formats.Length)
            {
                throw new ArgumentException("A format is listed twice.", nameof(value));
            }

            field = formats;
        }
    } = [];
}
