using System.Text.RegularExpressions;
using FluentAssertions;
using FsCheck.Xunit;
using GovDisclosure.Rendering;
using GovDisclosure.Tests.Properties;

namespace GovDisclosure.Tests.Rendering;

/// <summary>
/// Markdown rendering of random reports whose agency names and printed labels carry pipes, line breaks, markup and
/// Markdown punctuation: no text from a report breaks a table or becomes markup.
/// </summary>
public sealed partial class MarkdownRendererPropertyTests
{
    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 100)]
    public void Render_AnyNamesAndLabels_KeepsEveryTableRowWhole(GeneratedReport generated)
    {
        foreach (var language in new[] { DisplayLanguage.Chinese, DisplayLanguage.English })
        {
            var markdown = MarkdownRenderer.Render(generated.Report, new ReportRenderOptions { Language = language });

            var lines = markdown.Split('\n');
            var table = new List<string>();
            foreach (var line in lines.Append(string.Empty))
            {
                if (line.StartsWith('|'))
                {
                    table.Add(line);
                    continue;
                }

                if (table.Count > 0)
                {
                    // Every row of a table has as many cell separators (pipes not escaped) as its header.
                    var separators = table.Select(CountSeparators).ToList();
                    separators.Should().AllBeEquivalentTo(separators[0], "a row of the table\n{0}\nis broken", string.Join('\n', table));
                    table.Clear();
                }
            }

            markdown.Should().NotContain("<script", "markup in a name or label is escaped");
            markdown.Should().NotContain("\r");
            lines[0].Should().StartWith("# ", "the title stays one line, whatever the agency's name holds");
        }
    }

    private static int CountSeparators(string row) => UnescapedPipe().Count(row);

    [GeneratedRegex(@"(?<!\\)(?:\\\\)*\|")]
    private static partial Regex UnescapedPipe();
}
