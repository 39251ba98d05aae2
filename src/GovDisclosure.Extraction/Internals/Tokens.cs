namespace GovDisclosure.Extraction.Internals;

/// <summary>What a token of the intermediate form is.</summary>
internal enum TokenKind
{
    /// <summary>Text: a title, heading, header cell, row label (or part of one) or prose.</summary>
    Text,

    /// <summary>A cell that holds a figure or is blank (its text as printed; empty for a blank cell).</summary>
    Value,

    /// <summary>An empty line of flattened text: a separator, or a blank cell, depending on the document's layout.</summary>
    Gap,

    /// <summary>The figures of a row run together with no separator (<c>3960181</c>), spaces kept as printed.</summary>
    Digits,

    /// <summary>The end of a printed table row (structured inputs).</summary>
    RowEnd,

    /// <summary>The end of a printed table (structured inputs).</summary>
    TableEnd,
}

/// <summary>One token of the intermediate form every input is turned into, with its source line (1-based).</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Text">The text as printed.</param>
/// <param name="Line">The source line.</param>
/// <param name="Column">The display column where the text starts (layout text), or -1.</param>
internal readonly record struct Token(TokenKind Kind, string Text, int Line, int Column = -1);

/// <summary>An input turned into the intermediate form: tokens in reading order, and the plain text for prose figures.</summary>
internal sealed class SourceDocument
{
    public SourceDocument(InputKind kind, List<Token> tokens, bool gapsSeparateCells)
    {
        Kind = kind;
        Tokens = tokens;
        GapsSeparateCells = gapsSeparateCells;
    }

    public InputKind Kind { get; }

    public List<Token> Tokens { get; }

    /// <summary>Gets a value indicating whether empty lines separate every cell (so a run of 2k+1 empty lines holds k blank cells).</summary>
    public bool GapsSeparateCells { get; }

    /// <summary>Gets the diagnostics of reading the input itself (encoding fallbacks, an input refused).</summary>
    public List<ExtractionDiagnostic> Diagnostics { get; } = [];

    /// <summary>Gets a value indicating whether the input was refused before it was read (too large, nested too deep); its diagnostic says why.</summary>
    public bool IsRefused { get; private init; }

    /// <summary>Makes the document of an input refused before it was read.</summary>
    /// <param name="kind">The kind of input.</param>
    /// <param name="diagnostic">Why it was refused (severity error).</param>
    /// <returns>A document without tokens.</returns>
    public static SourceDocument Refused(InputKind kind, ExtractionDiagnostic diagnostic)
    {
        var document = new SourceDocument(kind, [], gapsSeparateCells: false) { IsRefused = true };
        document.Diagnostics.Add(diagnostic);
        return document;
    }
}
