using System.Text.RegularExpressions;
using FluentAssertions;
using GovDisclosure.Tests.TestData;

namespace GovDisclosure.Tests.Docs;

public sealed class DocsTests
{
    [Fact]
    public void ValidationRulesReference_IsGeneratedFromTheRuleCatalogue() =>
        GeneratedFile.ShouldMatch("docs/validation-rules.md", ValidationRulesReference.Generate());

    [Fact]
    public void FormatsReference_IsGeneratedFromTheCatalogue() =>
        GeneratedFile.ShouldMatch("docs/formats.md", FormatsReference.Generate());

    /// <summary>
    /// Every C# block of the README, the docs and the package READMEs is compiled code: one snippet of a test file
    /// (or several of one file, separated by a blank line), or a sample's whole <c>Program.cs</c>. The tests that
    /// run each snippet check that the document shows it verbatim.
    /// </summary>
    [Fact]
    public void EveryCSharpBlock_OfTheDocuments_IsCompiledCode()
    {
        var snippets = Snippets.All();
        var uncompiled = new List<string>();
        var blocks = 0;
        foreach (var document in Documents())
        {
            var lines = File.ReadAllText(Path.Combine(Samples.RepositoryRoot, document)).ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i] != "```csharp")
                {
                    continue;
                }

                var end = Array.IndexOf(lines, "```", i + 1);
                end.Should().BePositive($"the C# block of {document} at line {i + 1} ends");
                var code = string.Join("\n", lines[(i + 1)..end]);
                blocks++;
                if (!IsMadeOf(code, snippets))
                {
                    uncompiled.Add($"{document}:{i + 1}: {lines[i + 1]}");
                }

                i = end;
            }
        }

        blocks.Should().BeGreaterThan(20);
        uncompiled.Should().BeEmpty("every C# block of a document is a snippet of a test (// begin-snippet: name) or a sample's Program.cs");
    }

    [Fact]
    public void EveryRelativeLink_OfTheDocuments_PointsToAFileAndHeadingThatExist()
    {
        var broken = new List<string>();
        foreach (var document in Documents())
        {
            var text = File.ReadAllText(Path.Combine(Samples.RepositoryRoot, document));
            foreach (Match link in Regex.Matches(text, @"\]\((?<target>[^)\s]+)\)"))
            {
                var target = link.Groups["target"].Value;
                if (target.Contains("://", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var file = hash < 0 ? target : target[..hash];
                var path = file.Length == 0 ? Path.Combine(Samples.RepositoryRoot, document) : Path.GetFullPath(Path.Combine(Samples.RepositoryRoot, Path.GetDirectoryName(document)!, file));
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    broken.Add($"{document}: {target} (no such file)");
                }
                else if (hash >= 0 && path.EndsWith(".md", StringComparison.Ordinal) && !Anchors(File.ReadAllText(path)).Contains(target[(hash + 1)..]))
                {
                    broken.Add($"{document}: {target} (no such heading)");
                }
            }
        }

        broken.Should().BeEmpty();
    }

    [Fact]
    public void FormatsReference_NamesEveryCellKeyFamily()
    {
        var text = FormatsReference.Generate();

        text.Should().Contain("| `otherHandling` | （六）其他处理 |").And.Contain("optional; replaces `otherNoCorrection`, `otherFeeUnpaid`, `otherOther`")
            .And.Contain("| `itemChange` | 本年增/减 |").And.Contain("signed")
            .And.Contain("`requests.balance`").And.Contain("`series.carryOver`").And.Contain("`legacy.categorySum`");
    }

    private static bool IsMadeOf(string code, IReadOnlyList<string> snippets) =>
        code.Length == 0 || snippets.Any(s => s.Length > 0 && (code == s || (code.StartsWith(s + "\n\n", StringComparison.Ordinal) && IsMadeOf(code[(s.Length + 2)..], snippets))));

    /// <summary>The README, the docs and the package READMEs, relative to the repository root.</summary>
    private static IEnumerable<string> Documents() =>
        new[] { "README.md" }
            .Concat(Directory.EnumerateFiles(Path.Combine(Samples.RepositoryRoot, "docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f)))
            .Concat(new[] { "src", "samples" }.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Samples.RepositoryRoot, folder), "PACKAGE.md", SearchOption.AllDirectories))
                .Select(f => Path.GetRelativePath(Samples.RepositoryRoot, f).Replace('\\', '/')));

    /// <summary>The anchors of a Markdown document's headings, as GitHub makes them: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static HashSet<string> Anchors(string markdown) =>
        [.. Regex.Matches(markdown, "^#+ (?<heading>.+)$", RegexOptions.Multiline)
            .Select(m => Regex.Replace(m.Groups["heading"].Value.Trim().ToLowerInvariant(), @"[^\p{L}\p{N}\- _]", string.Empty).Replace(' ', '-'))];
}
