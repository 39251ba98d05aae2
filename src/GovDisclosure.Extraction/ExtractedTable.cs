namespace GovDisclosure.Extraction;

/// <summary>How one statistical table of the format was read, with a confidence between 0 and 1.</summary>
public sealed class ExtractedTable
{
    internal ExtractedTable(string table, bool found, int? line, int rowsFound, int rowsExpected, int cellsRead, int cellsLeftBlank, int relationsHeld, int relationsFailed)
    {
        Table = table;
        Found = found;
        Line = line;
        RowsFound = rowsFound;
        RowsExpected = rowsExpected;
        CellsRead = cellsRead;
        CellsLeftBlank = cellsLeftBlank;
        RelationsHeld = relationsHeld;
        RelationsFailed = relationsFailed;
    }

    /// <summary>Gets the table's key (<c>proactive</c>, <c>requests</c>, <c>reviews</c>, <c>legacy</c>).</summary>
    public string Table { get; }

    /// <summary>Gets a value indicating whether the table was found in the input.</summary>
    public bool Found { get; }

    /// <summary>Gets the line of its first row, where found.</summary>
    public int? Line { get; }

    /// <summary>Gets the number of the table's rows read (for legacy tables, rows the catalogue knows and rows kept with their printed label).</summary>
    public int RowsFound { get; }

    /// <summary>Gets the number of rows the format prints (for legacy tables, the rows found: legacy tables have no fixed rows).</summary>
    public int RowsExpected { get; }

    /// <summary>Gets the number of cells read as printed (a figure, or printed blank).</summary>
    public int CellsRead { get; }

    /// <summary>Gets the number of cells left blank because they could not be read (ambiguous, not a number, wrong count).</summary>
    public int CellsLeftBlank { get; }

    /// <summary>Gets the number of the table's exact relations that hold on the figures read.</summary>
    public int RelationsHeld { get; }

    /// <summary>Gets the number of the table's exact relations that fail on the figures read.</summary>
    public int RelationsFailed { get; }

    /// <summary>
    /// Gets the confidence in the table's figures, between 0 and 1: the share of rows found × the share of cells read
    /// among those attempted × the share of checked relations that hold. 0 when the table was not found.
    /// </summary>
    public double Confidence
    {
        get
        {
            if (!Found || RowsExpected == 0)
            {
                return 0;
            }

            var rows = Math.Min(1.0, RowsFound / (double)RowsExpected);
            var attempted = CellsRead + CellsLeftBlank;
            var cells = attempted == 0 ? 0 : CellsRead / (double)attempted;
            var checkedRelations = RelationsHeld + RelationsFailed;
            var relations = checkedRelations == 0 ? 1 : RelationsHeld / (double)checkedRelations;
            return rows * cells * relations;
        }
    }
}
