using System.Collections.Immutable;
using System.Text;
using GovDisclosure.Catalog;
using GovDisclosure.Extraction.Internals;
using GovDisclosure.Validation;

namespace GovDisclosure.Extraction;

/// <summary>
/// Reads an annual report from published text or a saved web page into the model: every figure exactly as printed,
/// or left blank with a diagnostic saying why. Nothing is guessed, clamped or repaired; figures that do not add up
/// are reported with the relation they break.
/// </summary>
/// <remarks>
/// Inputs: plain text copied from a web page (tables flattened one cell per line, or with a row's cells run
/// together), <c>pdftotext -layout</c> text, Markdown pipe tables, and HTML (UTF-8 or GB18030/GBK, charset from the
/// byte order mark or the page's <c>meta</c>). All are turned into one intermediate form that a catalogue-driven
/// matcher maps onto the format's tables. The methods are thread-safe.
/// </remarks>
public static class ReportExtractor
{
    /// <summary>The validator with the default options: its plans are worked out once, not per report.</summary>
    private static readonly ReportValidator DefaultValidator = new();

    static ReportExtractor() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Extracts a report from text (plain, <c>pdftotext -layout</c>, Markdown or HTML source).</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The result: the report (or none) and the diagnostics.</returns>
    public static ExtractionResult Extract(string text, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ExtractionOptions.Default;
        if (text.Length > options.MaxInputLength)
        {
            return Run(TooLarge(options, $"the text is {text.Length:N0} characters long, more than the limit of {options.MaxInputLength:N0} (ExtractionOptions.MaxInputLength); it is not read."), options);
        }

        return RunAndRelease(Read(text, options), options);
    }

    /// <summary>
    /// Extracts a report from bytes: the encoding is taken from a byte order mark, an HTML <c>meta</c> charset, or
    /// UTF-8 when the bytes are valid UTF-8, else GB18030 (with a diagnostic).
    /// </summary>
    /// <param name="stream">The stream (read to its end, not closed).</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The result.</returns>
    public static ExtractionResult Extract(Stream stream, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ExtractionOptions.Default;
        using var buffer = new MemoryStream();
        if (!CopyAtMost(stream, buffer, options.MaxInputLength))
        {
            return Run(TooLarge(options, $"the input is longer than the limit of {options.MaxInputLength:N0} bytes (ExtractionOptions.MaxInputLength); it is not read past the limit."), options);
        }

        var text = TextDecoding.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), out var fallback);
        var document = Read(text, options);
        if (fallback is not null)
        {
            document.Diagnostics.Insert(0, new ExtractionDiagnostic(ExtractionCode.EncodingFallback, Severity.Info, fallback) { Source = options.Source });
        }

        return RunAndRelease(document, options);
    }

    /// <summary>Runs the extraction on a document read for it, then lets its token list go to the next document read on this thread.</summary>
    private static ExtractionResult RunAndRelease(SourceDocument document, ExtractionOptions options)
    {
        var result = Run(document, options);
        TokenLists.Return(document.Tokens);
        return result;
    }

    /// <summary>
    /// Extracts a report from a file: <c>.html</c>/<c>.htm</c> as HTML, <c>.md</c> as Markdown, anything else by its
    /// content. The file name becomes the diagnostics' source unless the options name one.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The result.</returns>
    public static ExtractionResult ExtractFile(string path, ExtractionOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= ExtractionOptions.Default;
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var input = options.Input != InputKind.Auto ? options.Input
            : extension is ".html" or ".htm" ? InputKind.Html
            : extension is ".md" or ".markdown" ? InputKind.Markdown
            : InputKind.Auto;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Extract(stream, options with { Input = input, Source = options.Source ?? path });
    }

    /// <summary>Decides the kind of a text: HTML, Markdown, <c>pdftotext -layout</c> or plain text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The kind (never <see cref="InputKind.Auto"/>).</returns>
    public static InputKind DetectInput(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HtmlReader.LooksLikeHtml(text) ? InputKind.Html
            : MarkdownReader.LooksLikeMarkdown(text) ? InputKind.Markdown
            : LayoutTextReader.LooksLikeLayout(text) ? InputKind.Layout
            : InputKind.Text;
    }

    /// <summary>Copies a stream to a buffer, at most <paramref name="limit"/> bytes; <see langword="false"/> when the stream holds more.</summary>
    private static bool CopyAtMost(Stream stream, MemoryStream buffer, int limit)
    {
        var chunk = new byte[81920];
        while (true)
        {
            var room = (int)Math.Min(chunk.Length, (long)limit - buffer.Length + 1);
            var read = stream.Read(chunk, 0, room);
            if (read == 0)
            {
                return true;
            }

            if (buffer.Length + read > limit)
            {
                return false;
            }

            buffer.Write(chunk, 0, read);
        }
    }

    private static SourceDocument TooLarge(ExtractionOptions options, string message) =>
        SourceDocument.Refused(options.Input, new ExtractionDiagnostic(ExtractionCode.InputTooLarge, Severity.Error, message) { Source = options.Source });

    private static SourceDocument Read(string text, ExtractionOptions options)
    {
        var kind = options.Input;
        if (kind == InputKind.Auto)
        {
            kind = DetectInput(text);
        }

        if (kind == InputKind.Html && HtmlNesting.Exceeds(text, options.MaxHtmlDepth, out var line))
        {
            return SourceDocument.Refused(kind, new ExtractionDiagnostic(
                ExtractionCode.NestingTooDeep,
                Severity.Error,
                $"the page's elements nest more than {options.MaxHtmlDepth} deep (ExtractionOptions.MaxHtmlDepth) at this line; it is not parsed.")
            {
                Source = options.Source,
                Line = line,
            });
        }

        return kind switch
        {
            InputKind.Html => HtmlReader.Read(text),
            InputKind.Markdown => MarkdownReader.Read(text),
            InputKind.Layout => LayoutTextReader.Read(text),
            _ => PlainTextReader.Read(text),
        };
    }

    private static ExtractionResult Run(SourceDocument document, ExtractionOptions options)
    {
        var diagnostics = new Diagnostics(options.Source);
        foreach (var diagnostic in document.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        if (document.IsRefused)
        {
            return Fail(document, options, diagnostics);
        }

        var metadata = Metadata.Read(document.Tokens);
        var year = options.Year ?? metadata.Year;
        if (year is not { } reportYear || reportYear < AnnualReport.MinYear || reportYear > AnnualReport.MaxYear)
        {
            diagnostics.Add(ExtractionCode.YearNotFound, Severity.Error, "the reporting year was not found: expected a title such as '某县人民政府2024年政府信息公开工作年度报告' (or give the year in the options).");
            return Fail(document, options, diagnostics);
        }

        var fromYear = false;
        var format = options.Format ?? FormatDetector.Detect(document.Tokens, reportYear, out fromYear) ?? FormatCatalog.ForYear(reportYear).Format;
        if (options.Format is null && fromYear)
        {
            diagnostics.Add(ExtractionCode.FormatFromYear, Severity.Info, $"the text shows no marker of a format; {FormatCatalog.Get(format).Key} assumed from the year {reportYear}.");
        }

        var agency = options.AgencyName ?? metadata.Agency;
        if (string.IsNullOrWhiteSpace(agency))
        {
            diagnostics.Add(ExtractionCode.AgencyNotFound, Severity.Error, "the agency was not found in the title, the source line or the signature (or give it in the options).", metadata.TitleLine);
            return Fail(document, options, diagnostics);
        }

        var builder = AnnualReport.CreateBuilder(format, reportYear, new Agency(agency));
        builder.PublishedOn = metadata.PublishedOn;
        builder.SourceUrl = metadata.SourceUrl;
        var matcher = new TableMatcher(document, builder.Definition, builder, diagnostics, reportYear);
        matcher.Run();
        if (format == ReportFormat.Legacy)
        {
            ProseReader.Read(ProseText(document), builder, diagnostics);
        }

        var definition = builder.Definition;
        var report = builder.Build();
        if (!matcher.Stats.Any(s => s.Found) && report.Breakdowns.IsEmpty)
        {
            diagnostics.Add(ExtractionCode.NoReport, Severity.Error, $"no statistical table of the {definition.Key} format was found.");
            return Fail(document, options, diagnostics);
        }

        ReportMissing(report, matcher, diagnostics);
        var validation = (options.Validation is { } validationOptions ? new ReportValidator(validationOptions) : DefaultValidator).Validate(report);
        foreach (var finding in validation.Findings)
        {
            if (finding.RelationId is null || finding.Code == RuleCodes.CannotCheck)
            {
                continue;
            }

            diagnostics.Add(new ExtractionDiagnostic(ExtractionCode.RelationFails, finding.Severity, $"{finding.RelationId}: {finding.GetMessage(DisplayLanguage.English)} (the printed figures are kept)")
            {
                Source = options.Source,
                Table = finding.Cells.Length > 0 ? finding.Cells[0].Table : null,
                Cells = finding.Cells,
                Finding = finding,
            });
        }

        var tables = definition.Tables.Select(t => Summarise(t, report, matcher.Stats[t.Index])).ToImmutableArray();
        return new ExtractionResult(report, [.. diagnostics.Items], tables, document.Kind, options.Source);
    }

    private static ExtractionResult Fail(SourceDocument document, ExtractionOptions options, Diagnostics diagnostics) =>
        new(null, [.. diagnostics.Items], [], document.Kind, options.Source);

    private static void ReportMissing(AnnualReport report, TableMatcher matcher, Diagnostics diagnostics)
    {
        var definition = report.Definition;
        foreach (var table in definition.Tables)
        {
            var stats = matcher.Stats[table.Index];
            if (!stats.Found)
            {
                diagnostics.Add(ExtractionCode.TableNotFound, Severity.Warning, $"table '{table.Key}' ({table.Label}) was not found; its cells are blank.", null, table.Key);
                continue;
            }

            if (definition.Format == ReportFormat.Legacy)
            {
                continue;
            }

            var view = report.GetTable(table);
            foreach (var row in table.Rows)
            {
                if (!view.IsRowPresent(row) || row.IsOptional)
                {
                    continue;
                }

                var cells = CellsOfRow(row);
                if (AllBlank(report, cells) && !matcher.RowsRead.Contains(row))
                {
                    diagnostics.Add(ExtractionCode.RowNotFound, Severity.Warning, $"the row '{row.Label}' of table '{table.Key}' was not found; its cells are blank.", null, table.Key, row.Label, [.. cells.Select(c => c.Key)]);
                }
            }
        }
    }

    /// <summary>The cells of each row, in the table's order, worked out once per row (the catalogue does not change).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<RowDefinition, CellDefinition[]> CellsByRow = new(ReferenceEqualityComparer.Instance);

    private static CellDefinition[] CellsOfRow(RowDefinition row) =>
        CellsByRow.TryGetValue(row, out var cells) ? cells : CellsByRow.GetOrAdd(row, FindCellsOfRow(row));

    private static CellDefinition[] FindCellsOfRow(RowDefinition row) => [.. row.Table.Cells.Where(c => c.Row == row)];

    private static bool AllBlank(AnnualReport report, CellDefinition[] cells)
    {
        foreach (var cell in cells)
        {
            if (!report[cell].IsBlank)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The exact relations within one report whose cells all belong to one table, by format and table.</summary>
    private static readonly Dictionary<ReportFormat, RelationDefinition[][]> TableRelations = FormatCatalog.All.ToDictionary(
        f => f.Format,
        f => f.Tables.Select(t => f.Relations.Where(r => !r.IsCrossYear && r.Strength == RelationStrength.Exact && r.Terms.All(x => x.Cell is { } cell && cell.Table == t.Key)).ToArray()).ToArray());

    private static ExtractedTable Summarise(TableDefinition table, AnnualReport report, TableStats stats)
    {
        var held = 0;
        var failed = 0;
        foreach (var relation in TableRelations[report.Format][table.Index])
        {
            var check = relation.Evaluate(report);
            if (check.Outcome == RelationOutcome.Holds)
            {
                held++;
            }
            else if (check.Outcome == RelationOutcome.Violated)
            {
                failed++;
            }
        }

        var view = report.GetTable(table);
        var expected = report.Format == ReportFormat.Legacy ? stats.RowsFound : table.Rows.Count(view.IsRowPresent);
        return new ExtractedTable(table.Key, stats.Found, stats.Line, stats.RowsFound, expected, stats.CellsRead, stats.CellsLeftBlank, held, failed);
    }

    /// <summary>The document's text for prose figures: its lines, table cells left out (measured first, then written once).</summary>
    private static string ProseText(SourceDocument document) =>
        string.Create(WriteProseText(document, []), document, static (text, document) => WriteProseText(document, text));

    /// <summary>Writes the prose text into the destination, or only measures it when the destination is empty; returns its length.</summary>
    private static int WriteProseText(SourceDocument document, Span<char> destination)
    {
        var write = !destination.IsEmpty;
        var length = 0;
        var line = -1;
        foreach (var token in document.Tokens)
        {
            if (token.Kind is not (TokenKind.Text or TokenKind.Digits))
            {
                continue;
            }

            if (token.Line != line && line >= 0 && document.Kind != InputKind.Layout)
            {
                if (write)
                {
                    destination[length] = '\n';
                }

                length++;
            }

            line = token.Line;
            if (write)
            {
                token.Text.CopyTo(destination[length..]);
            }

            length += token.Text.Length;
        }

        return length;
    }
}
