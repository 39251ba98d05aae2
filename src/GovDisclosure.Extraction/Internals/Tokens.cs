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

/// <summary>
/// The token list of the last extraction on a thread, kept for the next (one report after another): a report's tokens
/// take some tens of kilobytes, allocated and cleared anew for every report otherwise.
/// </summary>
internal static class TokenLists
{
    /// <summary>The longest list kept (in tokens).</summary>
    private const int MaxKept = 1 << 15;

    [ThreadStatic]
    private static List<Token>? t_spare;

    /// <summary>An empty list of at least the capacity: the spare one of this thread, if any.</summary>
    public static List<Token> Rent(int capacity)
    {
        var list = t_spare;
        if (list is null)
        {
            return new List<Token>(capacity);
        }

        t_spare = null;
        list.EnsureCapacity(capacity);
        return list;
    }

    /// <summary>Keeps a list no longer used (its tokens let go) for the next <see cref="Rent"/> on this thread.</summary>
    public static void Return(List<Token> list)
    {
        if (list.Capacity > MaxKept)
        {
            return;
        }

        list.Clear();
        t_spare = list;
    }
}
