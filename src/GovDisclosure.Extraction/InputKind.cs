namespace GovDisclosure.Extraction;

/// <summary>The kind of input a report is read from.</summary>
public enum InputKind
{
    /// <summary>Decide from the content (and, for files, the extension): HTML, Markdown, <c>pdftotext -layout</c> text or plain text.</summary>
    Auto,

    /// <summary>Plain text as copied from a web page: a table flattened one cell per line, or with a row's cells run together.</summary>
    Text,

    /// <summary>Text from <c>pdftotext -layout</c>: columns aligned by spaces, labels wrapped over lines, page numbers inside tables.</summary>
    Layout,

    /// <summary>Markdown with pipe tables.</summary>
    Markdown,

    /// <summary>A saved web page (HTML), parsed with a real HTML parser.</summary>
    Html,
}
