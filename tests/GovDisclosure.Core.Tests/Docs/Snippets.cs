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
    public static void ShouldBeShownIn(string testFile, string name, string document) => ShouldBeShownIn(testFile, [name], document);

    /// <summary>
    /// Asserts that a document shows several snippets of a test file as one C# code block, separated by a blank line:
    /// the <c>using</c> directives at the top of a test file and the statements in a test method make one program.
    /// </summary>
    /// <param name="testFile">The test file, relative to the test project's folder.</param>
    /// <param name="names">The snippets' names, in the order shown.</param>
    /// <param name="document">The document, relative to the repository root.</param>
    public static void ShouldBeShownIn(string testFile, string[] names, string document)
    {
        var code = string.Join("\n\n", names.Select(name => Get(testFile, name)));

        File.ReadAllText(Path.Combine(Samples.RepositoryRoot, document)).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Should().Contain("```csharp\n" + code + "\n```", $"{document} shows the snippets {string.Join(", ", names)} of {testFile} verbatim");
    }

    /// <summary>
    /// Gets every snippet of every C# file under <c>tests/</c>, and the whole <c>Program.cs</c> of every sample under
    /// <c>samples/</c> (shown whole in the docs): the code that a document's C# block may show.
    /// </summary>
    /// <returns>The code, unindented.</returns>
    public static IReadOnlyList<string> All()
    {
        var project = Path.Combine(Samples.RepositoryRoot, "tests", "GovDisclosure.Core.Tests");
        var snippets = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Samples.RepositoryRoot, "tests"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Samples.RepositoryRoot, file).Replace('\\', '/');
            if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var line in File.ReadLines(file).Select(l => l.Trim()))
            {
                if (line.StartsWith("// begin-snippet: ", StringComparison.Ordinal))
                {
                    snippets.Add(Get(Path.GetRelativePath(project, file), line["// begin-snippet: ".Length..]));
                }
            }
        }

        snippets.AddRange(Directory.EnumerateFiles(Path.Combine(Samples.RepositoryRoot, "samples"), "Program.cs", SearchOption.AllDirectories)
            .Select(file => File.ReadAllText(file).ReplaceLineEndings("\n").TrimEnd()));
        return snippets;
    }

    /// <summary>Gets a snippet of a test file, unindented.</summary>
    /// <param name="testFile">The test file, relative to the test project's folder.</param>
    /// <param name="name">The snippet's name.</param>
    /// <returns>The snippet's lines.</returns>
    public static string Get(string testFile, string name)
    {
        var source = File.ReadAllText(Path.Combine(Samples.RepositoryRoot, "tests", "GovDisclosure.Core.Tests", testFile)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var marker = $"// begin-snippet: {name}\n";
        var begin = source.IndexOf(marker, StringComparison.Ordinal);
        begin.Should().BeGreaterThanOrEqualTo(0, $"{testFile} has the snippet {name}");
        var start = source.LastIndexOf('\n', begin) + 1;
        var indent = begin - start;
        var end = source.IndexOf("// end-snippet", begin, StringComparison.Ordinal);
        var lines = source[(begin + marker.Length)..end].Split('\n').Select(l => l.Length >= indent ? l[indent..] : l.TrimStart());
        return string.Join("\n", lines).TrimEnd();
    }
}
