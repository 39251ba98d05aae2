using FluentAssertions;
using GovDisclosure.Rendering;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Docs;

/// <summary>The examples of docs/rendering.md are this test's code.</summary>
public sealed class RenderingDocExampleTests
{
    [Fact]
    public void RenderingDoc_ShowsTheExampleVerbatim() =>
        Snippets.ShouldBeShownIn(Path.Combine("Docs", "RenderingDocExampleTests.cs"), "render", "docs/rendering.md");

    [Fact]
    public void RenderExample_GivesMarkdownPagesAndAFragment()
    {
        var report = Samples.Report("007-huaian-city-2024");

        // begin-snippet: render
        string markdown = MarkdownRenderer.Render(report);                        // Chinese labels, with a title
        string page = HtmlRenderer.RenderPage(report);                            // a standalone page: save it as UTF-8

        var forThePortal = new ReportRenderOptions { IncludeTitle = false, IncludeSections = true };
        string fragment = HtmlRenderer.RenderFragment(report, forThePortal);     // one <div>, its tables styled inline

        var english = new ReportRenderOptions { Language = DisplayLanguage.English };
        string englishPage = HtmlRenderer.RenderPage(report, english);           // <html lang="en">, English labels
        // end-snippet

        markdown.Should().StartWith("# 淮安市人民政府2024年政府信息公开工作年度报告");
        page.Should().StartWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">");
        fragment.Should().StartWith("<div class=\"govdisclosure-report\"").And.NotContain("<h1>");
        englishPage.Should().Contain("<html lang=\"en\">").And.Contain(">Applicants</th>");
    }
}
