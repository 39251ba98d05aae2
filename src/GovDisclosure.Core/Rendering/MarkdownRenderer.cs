using System.Globalization;
using System.Text;

namespace GovDisclosure.Rendering;

/// <summary>
/// Renders a report's statistical tables as Markdown in the official layout: the official row and column order and
/// labels, group headings as rows without figures, merged header cells printed once with empty continuation cells, 表二
/// as one small table per block and 表四 as one row of fifteen figures. Blank cells print empty; a printed 0 prints 0.
/// Every text taken from the report (agency name, section text, printed labels) is escaped.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>Renders a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options; <see cref="ReportRenderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The Markdown text, ending with a line break.</returns>
    public static string Render(AnnualReport report, ReportRenderOptions? options = null) =>
        ReportOutline.Capture(writer => Render(writer, report, options));

    /// <summary>Renders a report to a writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">The options; <see cref="ReportRenderOptions.Default"/> when <see langword="null"/>.</param>
    public static void Render(TextWriter writer, AnnualReport report, ReportRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        options ??= ReportRenderOptions.Default;
        var language = options.Language;

        if (options.IncludeTitle)
        {
            writer.Write("# ");
            writer.Write(Escape(ReportOutline.Title(report, language)));
            writer.Write("\n\n");
            writer.Write(Escape(string.Join(" · ", ReportOutline.Metadata(report, language).Select(m => m.Label + m.Value))));
            writer.Write("\n");
        }

        string? lastHeading = null;
        foreach (var part in ReportOutline.Parts(report, options))
        {
            switch (part)
            {
                case SectionPart section:
                    WriteHeading(writer, section.Heading);
                    lastHeading = section.Heading;
                    foreach (var paragraph in section.Paragraphs)
                    {
                        writer.Write('\n');
                        writer.Write(Escape(paragraph));
                        writer.Write('\n');
                    }

                    break;
                case TablePart table:
                    if (table.Title != lastHeading)
                    {
                        WriteHeading(writer, table.Title);
                        lastHeading = table.Title;
                    }

                    foreach (var plan in table.Plans)
                    {
                        writer.Write('\n');
                        if (plan.Caption is not null)
                        {
                            writer.Write("**");
                            writer.Write(Escape(plan.Caption));
                            writer.Write("**\n\n");
                        }

                        WriteTable(writer, plan);
                    }

                    break;
                case BreakdownPart breakdown:
                    WriteBreakdown(writer, breakdown);
                    lastHeading = breakdown.Heading;
                    break;
            }
        }
    }

    private static void WriteHeading(TextWriter writer, string heading)
    {
        writer.Write("\n## ");
        writer.Write(Escape(heading));
        writer.Write('\n');
    }

    private static void WriteTable(TextWriter writer, TableLayoutPlan plan)
    {
        var header = plan.HeaderRows[0];
        WriteRow(writer, plan.HasStub, header, bold: false);
        writer.Write('|');
        if (plan.HasStub)
        {
            writer.Write(" --- |");
        }

        foreach (var _ in header.Cells)
        {
            writer.Write(" ---: |");
        }

        writer.Write('\n');
        foreach (var row in plan.HeaderRows.Skip(1))
        {
            WriteRow(writer, plan.HasStub, row, bold: false);
        }

        foreach (var row in plan.BodyRows)
        {
            WriteRow(writer, plan.HasStub, row, bold: row.IsHeading);
        }
    }

    private static void WriteRow(TextWriter writer, bool hasStub, LayoutRow row, bool bold)
    {
        writer.Write('|');
        if (hasStub)
        {
            writer.Write(' ');
            if (row.Stub.Length > 0)
            {
                writer.Write(bold ? "**" + Escape(row.Stub) + "**" : Escape(row.Stub));
            }

            writer.Write(" |");
        }

        foreach (var cell in row.Cells)
        {
            writer.Write(' ');
            writer.Write(Escape(cell));
            writer.Write(" |");
        }

        writer.Write('\n');
    }

    private static void WriteBreakdown(TextWriter writer, BreakdownPart breakdown)
    {
        WriteHeading(writer, breakdown.Heading);
        writer.Write('\n');
        writer.Write("| ");
        writer.Write(breakdown.LabelHeading);
        writer.Write(" | ");
        writer.Write(breakdown.CountHeading);
        writer.Write(" |\n| --- | ---: |\n");
        foreach (var entry in breakdown.Entries)
        {
            writer.Write("| ");
            writer.Write(Escape(entry.Label));
            writer.Write(" | ");
            writer.Write(entry.Count.ToString(CultureInfo.InvariantCulture));
            writer.Write(" |\n");
        }
    }

    /// <summary>Escapes text for a Markdown table cell or heading: Markdown punctuation, pipes, angle brackets and line breaks.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~' or '!':
                    escaped.Append('\\').Append(c);
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\r' or '\n' or '\t':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString().Trim();
    }
}
