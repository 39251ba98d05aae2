using FluentAssertions;

namespace GovDisclosure.Tests.TestData;

/// <summary>
/// Compares text the library generates with a file kept in the repository (a golden file or a generated doc). With the
/// environment variable GOVDISCLOSURE_UPDATE_DOCS=1 it rewrites the file instead.
/// </summary>
public static class GeneratedFile
{
    public static void ShouldMatch(string relativePath, string generated)
    {
        var path = Path.Combine(Samples.RepositoryRoot, relativePath);
        if (Environment.GetEnvironmentVariable("GOVDISCLOSURE_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
            return;
        }

        File.Exists(path).Should().BeTrue($"{relativePath} is generated; create it with GOVDISCLOSURE_UPDATE_DOCS=1 dotnet test");
        File.ReadAllText(path).Should().Be(generated, $"{relativePath} is generated from the code; regenerate it with GOVDISCLOSURE_UPDATE_DOCS=1 dotnet test and review the diff");
    }

    /// <summary>
    /// Compares the generated part of a hand-written document, between <c>&lt;!-- begin generated: name --&gt;</c> and
    /// <c>&lt;!-- end generated: name --&gt;</c>, with text the library generates (or rewrites it, as <see cref="ShouldMatch"/>).
    /// </summary>
    public static void ShouldMatchSection(string relativePath, string name, string generated)
    {
        var path = Path.Combine(Samples.RepositoryRoot, relativePath);
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var begin = $"<!-- begin generated: {name} -->\n";
        var end = $"<!-- end generated: {name} -->";
        var from = text.IndexOf(begin, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        (from >= 0 && to > from).Should().BeTrue($"{relativePath} has the markers of the generated section {name}");
        var current = text[(from + begin.Length)..to];
        if (Environment.GetEnvironmentVariable("GOVDISCLOSURE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..(from + begin.Length)] + generated + text[to..]);
            return;
        }

        current.Should().Be(generated, $"the section {name} of {relativePath} is generated from the code; regenerate it with GOVDISCLOSURE_UPDATE_DOCS=1 dotnet test and review the diff");
    }
}
