using System.Globalization;
using System.Text;
using GovDisclosure.Internals;

namespace GovDisclosure.Rendering;

/// <summary>
/// Renders a report's statistical tables as Markdown in the official layout: the official row and column order and
/// labels, group headings as rows without figures, merged header cells printed once with empty continuation cells, 表二
/// as one small table per block and 表四 as one row of fifteen figures. Blank cells print empty; a printed 0 prints 0.
/// Every text taken from the report (agency name, printed labels) is escaped.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>Renders a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options; <see cref="ReportRenderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The Markdown text, ending with a line break.</returns>
    public static string Render(AnnualReport report, ReportRenderOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Render(writer, report, options);
        return writer.ToString();
    }

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
        var english = language == DisplayLanguage.English;

        if (options.IncludeTitle)
        {
            writer.Write("# ");
            writer.Write(Escape(english
                ? $"{report.Agency.Name}: annual report on government information disclosure, {report.Year.ToString(CultureInfo.InvariantCulture)}"
                : $"{report.Agency.Name}{report.Year.ToString(CultureInfo.InvariantCulture)}年政府信息公开工作年度报告"));
            writer.Write("\n\n");
            writer.Write(Escape(Metadata(report, english)));
            writer.Write("\n");
        }

        string? lastTitle = null;
        foreach (var plan in TableLayoutPlan.For(report, language))
        {
            if (plan.Title != lastTitle)
            {
                writer.Write("\n## ");
                writer.Write(Escape(plan.Title));
                writer.Write('\n');
                lastTitle = plan.Title;
            }

            writer.Write('\n');
            if (plan.Caption is not null)
            {
                writer.Write("**");
                writer.Write(Escape(plan.Caption));
                writer.Write("**\n\n");
            }

            WriteTable(writer, plan);
        }

        WriteBreakdowns(writer, report, english);
    }

    private static string Metadata(AnnualReport report, bool english)
    {
        var parts = new List<string> { (english ? "Format: " : "格式：") + report.Definition.GetLabel(english ? DisplayLanguage.English : DisplayLanguage.Chinese) };
        if (report.PublishedOn is { } published)
        {
            parts.Add((english ? "Published: " : "发布日期：") + published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (report.SourceUrl is { } source)
        {
            parts.Add((english ? "Source: " : "来源：") + source);
        }

        return string.Join(english ? " · " : " · ", parts);
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

    private static void WriteBreakdowns(TextWriter writer, AnnualReport report, bool english)
    {
        foreach (var kind in Enum.GetValues<BreakdownKind>())
        {
            var entries = report.Breakdowns.Get(kind);
            if (entries.IsEmpty)
            {
                continue;
            }

            writer.Write("\n## ");
            writer.Write(Keys.Label(kind, english ? DisplayLanguage.English : DisplayLanguage.Chinese));
            writer.Write("\n\n");
            writer.Write(english ? "| Label as printed | Count |\n| --- | ---: |\n" : "| 项目（原文） | 数量 |\n| --- | ---: |\n");
            foreach (var entry in entries)
            {
                writer.Write("| ");
                writer.Write(Escape(entry.Label));
                writer.Write(" | ");
                writer.Write(entry.Count.ToString(CultureInfo.InvariantCulture));
                writer.Write(" |\n");
            }
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
