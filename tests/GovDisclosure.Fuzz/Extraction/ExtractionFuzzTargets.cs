using System.Text;
using GovDisclosure.Catalog;
using GovDisclosure.Extraction;
using GovDisclosure.Rendering;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.Shared;
using GovDisclosure.Validation;

namespace GovDisclosure.Fuzzing;

/// <summary>
/// The extraction readers under fuzzing — published text (plain, layout, Markdown) and HTML pages — with their seeds:
/// the shared sample texts and reports rendered as Markdown and HTML. Extraction never throws: every input ends in a
/// result that holds a report (which must write and read back, validate and render) or an error diagnostic.
/// </summary>
internal static class ExtractionFuzzTargets
{
    /// <summary>Gets the readers by name.</summary>
    /// <param name="repositoryRoot">The repository's root folder.</param>
    /// <param name="samplesFolder">The shared sample reports, or <see langword="null"/> when not at hand.</param>
    /// <returns>The readers.</returns>
    public static IReadOnlyList<FuzzTarget> All(string repositoryRoot, string? samplesFolder) =>
    [
        Target("text", InputKind.Auto, TextSeeds(repositoryRoot, samplesFolder)),
        Target("html", InputKind.Html, HtmlSeeds(repositoryRoot)),
    ];

    private static FuzzTarget Target(string name, InputKind input, List<byte[]> seeds)
    {
        var options = new ExtractionOptions { Input = input, Source = "fuzz." + name };
        return new FuzzTarget(name, seeds, Dictionary(), bytes =>
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var result = ReportExtractor.Extract(stream, options);
            if (result.Report is { } report)
            {
                CoreFuzzTargets.Check(report);
                return 1;
            }

            // No report: the diagnostics must say why, as an error.
            return result.Diagnostics.Any(d => d.Severity == Severity.Error)
                ? 0
                : throw new InvalidOperationException("An extraction without a report and without an error diagnostic: " + string.Join("; ", result.Diagnostics));
        });
    }

    private static List<byte[]> TextSeeds(string repositoryRoot, string? samplesFolder)
    {
        var seeds = new List<byte[]>();
        if (samplesFolder is not null)
        {
            seeds.AddRange(Directory.GetFiles(samplesFolder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes));
        }

        foreach (var report in Reports(repositoryRoot))
        {
            seeds.Add(Encoding.UTF8.GetBytes(MarkdownRenderer.Render(report)));
        }

        return seeds;
    }

    private static List<byte[]> HtmlSeeds(string repositoryRoot) =>
        [.. Reports(repositoryRoot).Select(r => Encoding.UTF8.GetBytes(HtmlRenderer.RenderPage(r)))];

    private static IEnumerable<AnnualReport> Reports(string repositoryRoot) =>
        Directory.GetFiles(Path.Combine(repositoryRoot, "samples", "data"), "*.json").Order(StringComparer.Ordinal)
            .Select(path => GovDisclosureJson.ReadFile(path))
            .Concat(Enumerable.Range(200, 6).Select(seed => RandomReports.Create(seed)));

    private static List<string> Dictionary()
    {
        var words = new List<string> { "<table>", "</table>", "<tr>", "<td rowspan=\"999999\">", "<td colspan=\"0\">", "<th>", "</td>", "<br>", "&nbsp;", "&#x0;", "&#99999999;", "<!--", "-->", "<meta charset=\"gbk\">", "<script>", "<![CDATA[", "|", "---", "**", "（单位：万元）", "/", "—", "无", "年" };
        foreach (var format in FormatCatalog.All)
        {
            foreach (var table in format.Tables)
            {
                words.Add(table.GetLabel(DisplayLanguage.Chinese));
                words.AddRange(table.Rows.Select(r => r.GetLabel(DisplayLanguage.Chinese)));
                words.AddRange(table.Columns.Select(c => c.GetLabel(DisplayLanguage.Chinese)));
            }

            words.AddRange(format.Sections.Select(s => s.GetLabel(DisplayLanguage.Chinese)));
        }

        return words;
    }
}
