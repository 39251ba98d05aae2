namespace GovDisclosure.Serialization.Csv;

/// <summary>How reports are laid out in a CSV file (see <c>docs/csv.md</c>).</summary>
public enum CsvLayout
{
    /// <summary>
    /// One row per cell: the report's identity columns, then <c>table</c>, <c>row</c>, <c>column</c>, <c>value</c>,
    /// <c>unit</c> and the printed labels of the row and column. Rows the catalogue does not know and prose breakdowns
    /// have rows of their own. The default: what pandas, R and database imports expect.
    /// </summary>
    Tidy,

    /// <summary>
    /// One row per report: the identity columns, then one column per cell key (<c>requests.granted.total</c>) of the
    /// formats the file holds, for spreadsheets.
    /// </summary>
    Wide,
}
