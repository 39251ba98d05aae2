using FluentAssertions;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Docs;

/// <summary>Code shown in the README and docs: compiled and run as a test's code, and shown verbatim in the document.</summary>
public static class Snippets
{
    /// <summary>Asserts that a document shows a test file's snippet verbatim in a C# code block.</summary>
    /// <param name="testFile">The test file, relative to the test project's folder.</param>
    /// <param name="name">The snippet's name (between <c>// begin-snippet: name</c> and <c>// end-snippet</c>).</param>
    /// <param name="document">The document, relative to the repository root.</param>
    public static void ShouldBeShownIn(string testFile, string name, string document)
    {
        var source = File.ReadAllText(Path.Combine(Samples.RepositoryRoot, "tests", "GovDisclosure.Core.Tests", testFile)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var marker = $"// begin-snippet: {name}\n";
        var begin = source.IndexOf(marker, StringComparison.Ordinal);
        begin.Should().BeGreaterThanOrEqualTo(0, $"{testFile} has the snippet {name}");
        var start = source.LastIndexOf('\n', begin) + 1;
        var indent = begin - start;
        var end = source.IndexOf("// end-snippet", begin, StringComparison.Ordinal);
        var lines = source[(begin + marker.Length)..end].Split('\n').Select(l => l.Length >= indent ? l[indent..] : l.TrimStart());
        var snippet = string.Join("\n", lines).TrimEnd();

        File.ReadAllText(Path.Combine(Samples.RepositoryRoot, document)).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Should().Contain("```csharp\n" + snippet + "\n```", $"{document} shows the snippet {name} of {testFile} verbatim");
    }
}
