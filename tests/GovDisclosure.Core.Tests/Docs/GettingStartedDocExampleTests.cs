using FluentAssertions;
using GovDisclosure.Rendering;
using GovDisclosure.Serialization.Json;
using GovDisclosure.Tests.TestData;
using GovDisclosure.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace GovDisclosure.Tests.Docs;

/// <summary>The code of docs/getting-started.md: the embedding sample shown whole, and the dependency-injection example compiled and run here.</summary>
public sealed class GettingStartedDocExampleTests
{
    private const string Document = "docs/getting-started.md";

    [Fact]
    public void GettingStarted_ShowsTheEmbedSampleWhole()
    {
        var program = File.ReadAllText(Path.Combine(Samples.RepositoryRoot, "samples", "GovDisclosure.Samples.Embed", "Program.cs")).ReplaceLineEndings("\n");

        File.ReadAllText(Path.Combine(Samples.RepositoryRoot, Document)).ReplaceLineEndings("\n")
            .Should().Contain("```csharp\n" + program + "```", "the document shows samples/GovDisclosure.Samples.Embed/Program.cs verbatim");
    }

    [Fact]
    public void GettingStarted_ShowsTheDependencyInjectionExampleVerbatim() =>
        Snippets.ShouldBeShownIn(Path.Combine("Docs", "GettingStartedDocExampleTests.cs"), "getting-started-di", Document);

    [Fact]
    public void DependencyInjectionExample_ValidatesAndRendersWithTheOptions()
    {
        var services = new ServiceCollection();

        // begin-snippet: getting-started-di
        services.AddGovDisclosure(options =>
        {
            options.Validation = options.Validation with { DisabledRules = [RuleCodes.CannotCheck] };   // no "cannot check" notes
            options.Rendering = new ReportRenderOptions { Language = DisplayLanguage.English };
        });
        // end-snippet

        using var provider = services.BuildServiceProvider();
        var report = GovDisclosureJson.ReadFile(Samples.SeedJsonPath);
        provider.GetRequiredService<ReportValidator>().Validate(report).Findings.Should().ContainSingle().Which.Code.Should().Be(RuleCodes.LegacyCategorySum);
        provider.GetRequiredService<ReportRenderer>().RenderMarkdown(report).Should().Contain("| Information proactively disclosed | 208 | 2758 |");
    }
}
