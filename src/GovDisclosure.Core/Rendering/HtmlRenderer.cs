using System.Globalization;

namespace GovDisclosure.Rendering;

/// <summary>
/// Renders a report's statistical tables as HTML in the official layout: the official row and column order and labels,
/// merged header cells as the official formats print them (表三's 申请人情况 over 自然人, 法人或其他组织 with its five
/// columns, and 总计; 表四's 行政复议 and 行政诉讼 with 未经复议直接起诉 and 复议后起诉), the row headings as merged cells
/// beside their rows (三、本年度办理结果, （三）不予公开), 表二 as one table with a caption row per block. Blank cells are
/// empty; a printed 0 prints 0. Every text taken from the report (agency name, section text, printed labels, source
/// address) is escaped.
/// </summary>
/// <remarks>
/// <see cref="RenderPage(AnnualReport, ReportRenderOptions?)"/> gives a standalone UTF-8 page;
/// <see cref="RenderFragment(AnnualReport, ReportRenderOptions?)"/> gives one <c>div</c> to paste into a page, whose tables
/// carry their borders and alignment in <c>style</c> attributes so that they look the same wherever they are pasted.
/// </remarks>
public static class HtmlRenderer
{
    private const string Border = "border:1px solid #000;padding:4px 8px;vertical-align:middle;";
    private const string TableStyle = "border-collapse:collapse;margin:0 0 1.5em;";
    private const string ColumnHeadStyle = Border + "text-align:center;background:#f2f2f2;";
    private const string ColumnLabelStyle = ColumnHeadStyle + "min-width:3.5em;";
    private const string RowGroupStyle = Border + "text-align:center;font-weight:normal;";
    private const string RowHeadStyle = Border + "text-align:left;font-weight:normal;";
    private const string FigureStyle = Border + "text-align:center;white-space:nowrap;";

    private const string PageStyle =
        "body{margin:2em auto;max-width:72em;padding:0 1em;color:#000;background:#fff;line-height:1.5;"
        + "font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",\"Microsoft YaHei\",\"PingFang SC\",SimSun,sans-serif}"
        + "h1{font-size:1.5em}h2{font-size:1.2em;margin:1.5em 0 .5em}table{font-size:.95em}";

    /// <summary>Renders a report as a standalone HTML page.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options; <see cref="ReportRenderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The page, starting with <c>&lt;!DOCTYPE html&gt;</c>.</returns>
    public static string RenderPage(AnnualReport report, ReportRenderOptions? options = null) =>
        ReportOutline.Capture(writer => RenderPage(writer, report, options));

    /// <summary>Renders a report as a standalone HTML page to a writer.</summary>
    /// <param name="writer">The writer; the page declares UTF-8, so a file or response should be written in UTF-8.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">The options; <see cref="ReportRenderOptions.Default"/> when <see langword="null"/>.</param>
    public static void RenderPage(TextWriter writer, AnnualReport report, ReportRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        options ??= ReportRenderOptions.Default;
        writer.Write("<!DOCTYPE html>\n<html lang=\"");
        writer.Write(LanguageTag(options.Language));
        writer.Write("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        WriteText(writer, ReportOutline.Title(report, options.Language));
        writer.Write("</title>\n<style>");
        writer.Write(PageStyle);
        writer.Write("</style>\n</head>\n<body>\n");
        RenderFragment(writer, report, options);
        writer.Write("</body>\n</html>\n");
    }

    /// <summary>Renders a report as an HTML fragment: one <c>div class="govdisclosure-report"</c> to embed in a page.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options; <see cref="ReportRenderOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The fragment.</returns>
    public static string RenderFragment(AnnualReport report, ReportRenderOptions? options = null) =>
        ReportOutline.Capture(writer => RenderFragment(writer, report, options));

    /// <summary>Renders a report as an HTML fragment to a writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">The options; <see cref="ReportRenderOptions.Default"/> when <see langword="null"/>.</param>
    public static void RenderFragment(TextWriter writer, AnnualReport report, ReportRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        options ??= ReportRenderOptions.Default;
        var language = options.Language;
        writer.Write("<div class=\"govdisclosure-report\" lang=\"");
        writer.Write(LanguageTag(language));
        writer.Write("\">\n");
        if (options.IncludeTitle)
        {
            writer.Write("<h1>");
            WriteText(writer, ReportOutline.Title(report, language));
            writer.Write("</h1>\n<p class=\"govdisclosure-metadata\">");
            var first = true;
            foreach (var item in ReportOutline.Metadata(report, language))
            {
                writer.Write(first ? string.Empty : " · ");
                WriteText(writer, item.Label);
                WriteValue(writer, item);
                first = false;
            }

            writer.Write("</p>\n");
        }

        string? lastHeading = null;
        foreach (var part in ReportOutline.Parts(report, options))
        {
            switch (part)
            {
                case SectionPart section:
                    WriteElement(writer, "h2", section.Heading);
                    lastHeading = section.Heading;
                    foreach (var paragraph in section.Paragraphs)
                    {
                        WriteElement(writer, "p", paragraph);
                    }

                    break;
                case TablePart table:
                    if (table.Title != lastHeading)
                    {
                        WriteElement(writer, "h2", table.Title);
                        lastHeading = table.Title;
                    }

                    WriteTable(writer, table, language);
                    break;
                case BreakdownPart breakdown:
                    WriteElement(writer, "h2", breakdown.Heading);
                    lastHeading = breakdown.Heading;
                    WriteBreakdown(writer, breakdown);
                    break;
            }
        }

        writer.Write("</div>\n");
    }

    /// <summary>Writes text with the characters that HTML gives a meaning escaped, and control characters as spaces.</summary>
    internal static void WriteText(TextWriter writer, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    writer.Write("&amp;");
                    break;
                case '<':
                    writer.Write("&lt;");
                    break;
                case '>':
                    writer.Write("&gt;");
                    break;
                case '"':
                    writer.Write("&quot;");
                    break;
                case '\'':
                    writer.Write("&#39;");
                    break;
                case < ' ' or (>= '\u007f' and <= '\u009f'):
                    writer.Write(' ');
                    break;
                default:
                    writer.Write(c);
                    break;
            }
        }
    }

    private static string LanguageTag(DisplayLanguage language) => language == DisplayLanguage.English ? "en" : "zh-CN";

    private static void WriteValue(TextWriter writer, MetadataItem item)
    {
        // Only a web address becomes a link: a javascript: or data: address stays text.
        if (item.IsAddress && Uri.TryCreate(item.Value, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp))
        {
            writer.Write("<a href=\"");
            WriteText(writer, item.Value);
            writer.Write("\">");
            WriteText(writer, item.Value);
            writer.Write("</a>");
            return;
        }

        WriteText(writer, item.Value);
    }

    private static void WriteElement(TextWriter writer, string name, string text)
    {
        writer.Write('<');
        writer.Write(name);
        writer.Write('>');
        WriteText(writer, text);
        writer.Write("</");
        writer.Write(name);
        writer.Write(">\n");
    }

    private static void WriteTable(TextWriter writer, TablePart table, DisplayLanguage language)
    {
        writer.Write("<table class=\"govdisclosure-table\" style=\"");
        writer.Write(TableStyle);
        writer.Write("\">\n");
        if (table.Plans.Length == 1 && table.Plans[0].Caption is null)
        {
            var plan = table.Plans[0];
            writer.Write("<thead>\n");
            WriteHeader(writer, plan, StubWidth(plan), extra: 0, language);
            writer.Write("</thead>\n<tbody>\n");
            WriteBody(writer, plan, StubWidth(plan), extra: 0, language);
            writer.Write("</tbody>\n");
        }
        else
        {
            // 表二: one grid for all blocks, each block opened by its caption; a block with fewer columns stretches its last one.
            var width = table.Plans.Max(p => StubWidth(p) + p.Columns.Count);
            foreach (var plan in table.Plans)
            {
                var stub = StubWidth(plan);
                var extra = width - stub - plan.Columns.Count;
                writer.Write("<tbody>\n<tr>");
                WriteCell(writer, "th", "colgroup", 1, width, ColumnHeadStyle, plan.Caption ?? string.Empty);
                writer.Write("</tr>\n");
                WriteHeader(writer, plan, stub, extra, language);
                WriteBody(writer, plan, stub, extra, language);
                writer.Write("</tbody>\n");
            }
        }

        writer.Write("</table>\n");
    }

    /// <summary>The number of columns the row labels take: one, plus one per level of row headings (表三: three).</summary>
    private static int StubWidth(TableLayoutPlan plan) =>
        !plan.HasStub ? 0 : 1 + plan.BodyRows.Where(r => !r.IsHeading).Select(r => r.Headings.Length).DefaultIfEmpty(0).Max();

    private static void WriteHeader(TextWriter writer, TableLayoutPlan plan, int stubWidth, int extra, DisplayLanguage language)
    {
        var columns = plan.Columns;
        var depth = columns.Count == 0 ? 1 : columns.Max(c => c.Headings.Length) + 1;
        var last = columns.Count - 1;
        for (var level = 0; level < depth; level++)
        {
            writer.Write("<tr>");
            if (level == 0 && stubWidth > 0)
            {
                WriteCell(writer, "th", "col", depth, stubWidth, ColumnHeadStyle, plan.StubHeading ?? string.Empty);
            }

            for (var i = 0; i < columns.Count; i++)
            {
                var column = columns[i];
                if (level < column.Headings.Length)
                {
                    if (i > 0 && columns[i - 1].SharesHeading(column, level))
                    {
                        continue;
                    }

                    var span = 1;
                    while (i + span < columns.Count && column.SharesHeading(columns[i + span], level))
                    {
                        span++;
                    }

                    WriteCell(writer, "th", "colgroup", 1, span + (i + span - 1 == last ? extra : 0), ColumnHeadStyle, column.Headings[level].GetLabel(language));
                }
                else if (level == column.Headings.Length)
                {
                    WriteCell(writer, "th", "col", depth - level, 1 + (i == last ? extra : 0), ColumnLabelStyle, column.Label);
                }
            }

            writer.Write("</tr>\n");
        }
    }

    private static void WriteBody(TextWriter writer, TableLayoutPlan plan, int stubWidth, int extra, DisplayLanguage language)
    {
        var rows = plan.BodyRows.Where(r => !r.IsHeading).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            writer.Write("<tr>");
            if (stubWidth > 0)
            {
                for (var level = 0; level < row.Headings.Length; level++)
                {
                    if (r > 0 && rows[r - 1].SharesHeading(row, level))
                    {
                        continue;
                    }

                    var span = 1;
                    while (r + span < rows.Count && row.SharesHeading(rows[r + span], level))
                    {
                        span++;
                    }

                    WriteCell(writer, "th", "rowgroup", span, 1, RowGroupStyle, row.Headings[level].GetLabel(language));
                }

                WriteCell(writer, "th", "row", 1, stubWidth - row.Headings.Length, RowHeadStyle, row.Stub);
            }

            for (var i = 0; i < row.Cells.Count; i++)
            {
                WriteCell(writer, "td", null, 1, 1 + (i == row.Cells.Count - 1 ? extra : 0), FigureStyle, row.Cells[i]);
            }

            writer.Write("</tr>\n");
        }
    }

    private static void WriteBreakdown(TextWriter writer, BreakdownPart breakdown)
    {
        writer.Write("<table class=\"govdisclosure-table\" style=\"");
        writer.Write(TableStyle);
        writer.Write("\">\n<thead>\n<tr>");
        WriteCell(writer, "th", "col", 1, 1, ColumnHeadStyle, breakdown.LabelHeading);
        WriteCell(writer, "th", "col", 1, 1, ColumnHeadStyle, breakdown.CountHeading);
        writer.Write("</tr>\n</thead>\n<tbody>\n");
        foreach (var entry in breakdown.Entries)
        {
            writer.Write("<tr>");
            WriteCell(writer, "th", "row", 1, 1, RowHeadStyle, entry.Label);
            WriteCell(writer, "td", null, 1, 1, FigureStyle, entry.Count.ToString(CultureInfo.InvariantCulture));
            writer.Write("</tr>\n");
        }

        writer.Write("</tbody>\n</table>\n");
    }

    private static void WriteCell(TextWriter writer, string element, string? scope, int rowSpan, int colSpan, string style, string text)
    {
        writer.Write('<');
        writer.Write(element);
        if (scope is not null)
        {
            writer.Write(" scope=\"");
            writer.Write(scope);
            writer.Write('"');
        }

        if (rowSpan > 1)
        {
            writer.Write(" rowspan=\"");
            writer.Write(rowSpan.ToString(CultureInfo.InvariantCulture));
            writer.Write('"');
        }

        if (colSpan > 1)
        {
            writer.Write(" colspan=\"");
            writer.Write(colSpan.ToString(CultureInfo.InvariantCulture));
            writer.Write('"');
        }

        writer.Write(" style=\"");
        writer.Write(style);
        writer.Write("\">");
        WriteText(writer, text);
        writer.Write("</");
        writer.Write(element);
        writer.Write('>');
    }
}
