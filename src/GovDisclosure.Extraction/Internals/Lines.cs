using System.Buffers;

namespace GovDisclosure.Extraction.Internals;

/// <summary>
/// The lines of a text, split exactly as <see cref="MemoryExtensions.EnumerateLines(ReadOnlySpan{char})"/> splits them
/// (at CR, LF, CRLF, FF, NEL, LS and PS), but looking only for CR, LF and FF in a text that holds none of the other three.
/// </summary>
internal ref struct Lines
{
    private static readonly SearchValues<char> AllBreaks = SearchValues.Create("\r\f\u0085\u2028\u2029\n");

    private readonly bool _rareBreaks;
    private ReadOnlySpan<char> _remaining;
    private bool _active;

    /// <summary>Initializes a new instance of the <see cref="Lines"/> struct.</summary>
    /// <param name="text">The text.</param>
    public Lines(ReadOnlySpan<char> text)
    {
        _remaining = text;
        _rareBreaks = text.IndexOfAny('\u0085', '\u2028', '\u2029') >= 0;
        _active = true;
        Current = default;
    }

    /// <summary>Gets the current line, without its line break.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>Gets the enumerator (this).</summary>
    /// <returns>This.</returns>
    public readonly Lines GetEnumerator() => this;

    /// <summary>Moves to the next line.</summary>
    /// <returns>Whether there is one.</returns>
    public bool MoveNext()
    {
        if (!_active)
        {
            Current = default;
            return false;
        }

        var remaining = _remaining;
        var at = _rareBreaks ? remaining.IndexOfAny(AllBreaks) : remaining.IndexOfAny('\r', '\n', '\f');
        if (at >= 0)
        {
            var stride = remaining[at] == '\r' && at + 1 < remaining.Length && remaining[at + 1] == '\n' ? 2 : 1;
            Current = remaining[..at];
            _remaining = remaining[(at + stride)..];
        }
        else
        {
            Current = remaining;
            _remaining = default;
            _active = false;
        }

        return true;
    }
}
