namespace GovDisclosure.Extraction;

/// <summary>What an extraction diagnostic says. The names are stable; docs/extraction.md explains each.</summary>
public enum ExtractionCode
{
    /// <summary>
    /// The input's encoding is not known for certain: it is not valid UTF-8 and names no charset, so it was read as
    /// GB18030 (a superset of GBK and GB2312); or it names a charset that is not read (unknown, or one such as UTF-7
    /// that .NET refuses), so it was read as UTF-8, else GB18030.
    /// </summary>
    EncodingFallback,

    /// <summary>No report could be produced (no statistical table and no title naming the agency and year). Severity error.</summary>
    NoReport,

    /// <summary>The reporting year could not be read from the title. Severity error: no report.</summary>
    YearNotFound,

    /// <summary>The agency could not be read from the title, the source line or the signature. Severity error: no report.</summary>
    AgencyNotFound,

    /// <summary>The format was decided by the reporting year because the text shows none of its markers.</summary>
    FormatFromYear,

    /// <summary>A statistical table of the format was not found; its cells are blank.</summary>
    TableNotFound,

    /// <summary>A row of a table that was found is not printed; its cells are blank.</summary>
    RowNotFound,

    /// <summary>A printed row with figures inside a table matches no row of the catalogue; its figures are not kept.</summary>
    RowNotRecognised,

    /// <summary>A legacy row the catalogue does not know, kept with its printed label as a <see cref="LegacyOtherRow"/>.</summary>
    RowKeptWithPrintedLabel,

    /// <summary>A label matched a catalogue label only with one character different (the only label that close).</summary>
    LabelMatchedWithTypo,

    /// <summary>A row printed twice; the first printing is kept.</summary>
    DuplicateRow,

    /// <summary>A row has more or fewer figures than its columns and their positions cannot be known; its cells are left blank.</summary>
    CellCountMismatch,

    /// <summary>A cell holds text that is neither a figure nor a blank marker; it is left blank.</summary>
    CellNotNumber,

    /// <summary>A figure does not fit its cell (a negative or fractional count, a negative amount); the cell is left blank.</summary>
    InvalidValue,

    /// <summary>A cell is printed blank (<c>/</c>, <c>—</c>, <c>无</c> …): blank, not 0.</summary>
    PrintedBlank,

    /// <summary>A money cell prints its unit (<c>251000元</c>); the unit is recorded with the figure.</summary>
    UnitInCell,

    /// <summary>A row whose cells were run together was split: exactly one split fits the table's relations and the no-leading-zero rule.</summary>
    RunTogetherRecovered,

    /// <summary>A row whose cells were run together has several possible splits; its cells are left blank, the candidates listed.</summary>
    AmbiguousRow,

    /// <summary>A row whose cells were run together cannot be split into its columns at all; its cells are left blank.</summary>
    NoSplitFits,

    /// <summary>A legacy table's period columns (本年, 历年累计 …) could not be read from its header; its cells are left blank.</summary>
    PeriodColumnsUnknown,

    /// <summary>An arithmetic relation of the format fails on the figures as printed (the figures are kept, not repaired).</summary>
    RelationFails,

    /// <summary>A figure stated in prose differs from the table's figure for the same thing (the table's is kept).</summary>
    ProseFigureDiffers,

    /// <summary>A figure the table does not print was taken from the prose (the legacy proactive total).</summary>
    ProseFigureUsed,

    /// <summary>A category or figure label in prose was completed to its known name (<c>农村工信息</c> → <c>农村工作类</c>).</summary>
    BreakdownLabelCompleted,

    /// <summary>The input is longer than <see cref="ExtractionOptions.MaxInputLength"/>; it is not read. Severity error: no report.</summary>
    InputTooLarge,

    /// <summary>A page's elements nest deeper than <see cref="ExtractionOptions.MaxHtmlDepth"/>; it is not parsed. Severity error: no report.</summary>
    NestingTooDeep,
}
