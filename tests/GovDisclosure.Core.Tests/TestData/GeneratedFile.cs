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
}
