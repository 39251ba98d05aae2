// begin-snippet: readme-usings
using GovDisclosure;
using GovDisclosure.Rendering;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Validation;
// end-snippet
using System.Globalization;
using FluentAssertions;
using GovDisclosure.Tests.Docs;

// Outside the GovDisclosure namespace, so that the example needs its using directives as a user's program does.
namespace ReadmeExample;

/// <summary>
/// The README's example is this file's code: its using directives and the statements of <c>Example</c> make the
/// program a user copies into a new console project (top-level statements), and the README and the package's README
/// must show them verbatim.
/// </summary>
public sealed class ReadmeExampleTests
{
    private static readonly Lock ConsoleLock = new();

    [Fact]
    public void ReadmeExample_Runs()
    {
        var output = RunWithConsole(Example);

        output.Should().StartWith(
                "12\n"
                + "GD0601 error: 'II. Proactive disclosure' is missing: every cell is blank.\n"
                + "GD0601 error: 'IV. Administrative reconsideration and litigation' is missing: every cell is blank.\n"
                + "<div class=\"govdisclosure-report\" lang=\"zh-CN\">")
            .And.Contain("<th scope=\"col\" rowspan=\"2\" style=\"border:1px solid #000;padding:4px 8px;vertical-align:middle;text-align:center;background:#f2f2f2;min-width:3.5em;\">自然人</th>");
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("src/GovDisclosure.Core/PACKAGE.md")]
    public void Readme_ShowsTheExampleVerbatim(string document) =>
        Snippets.ShouldBeShownIn(Path.Combine("Docs", "ReadmeExampleTests.cs"), ["readme-usings", "readme"], document);

    private static void Example()
    {
        // begin-snippet: readme
        var builder = AnnualReport.CreateBuilder(ReportFormat.National2021, 2024, new Agency("某县人民政府") { Level = AgencyLevel.County });
        builder.Set(RequestRow.NewlyReceived, Applicant.NaturalPerson, 12);
        builder.Set(RequestRow.NewlyReceived, Applicant.Total, 12);
        builder.Set(RequestRow.Granted, Applicant.Total, 12);
        AnnualReport report = builder.Build();              // every other applicable cell is blank, never 0
        Console.WriteLine(report["requests.granted.total"]);  // 12: a cell by its key

        ValidationResult result = new ReportValidator().Validate(report);
        Console.WriteLine(string.Join('\n', result.Unexplained(Severity.Error)));  // GD0601 error: 'II. Proactive disclosure' is missing …
        AnnualReport back = GovDisclosureJson.Deserialize(GovDisclosureJson.Serialize(report));
        Console.WriteLine(HtmlRenderer.RenderFragment(back));  // the official table layout, to paste into a page
        // end-snippet
    }

    private static string RunWithConsole(Action action)
    {
        lock (ConsoleLock)
        {
            var original = Console.Out;
            using var captured = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            Console.SetOut(captured);
            try
            {
                action();
            }
            finally
            {
                Console.SetOut(original);
            }

            return captured.ToString();
        }
    }
}
