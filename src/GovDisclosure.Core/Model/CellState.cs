namespace GovDisclosure;

/// <summary>The three states of a cell of a statistical table.</summary>
/// <remarks>
/// Whether a cell applies is fixed by the format's catalogue (and, for legacy tables and the optional
/// rows of the national formats, by which rows and period columns the report printed). An applicable
/// cell is either <see cref="Reported"/> or <see cref="Blank"/>. A blank is never read as 0.
/// </remarks>
public enum CellState : byte
{
    /// <summary>The report's table has no such cell (the default value).</summary>
    NotApplicable = 0,

    /// <summary>The cell exists but the report printed no figure in it (empty, "/", "—", "无" …).</summary>
    Blank = 1,

    /// <summary>The report printed a figure in the cell.</summary>
    Reported = 2,
}
