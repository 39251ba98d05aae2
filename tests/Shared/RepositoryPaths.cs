namespace GovDisclosure.Tests.Shared;

/// <summary>Paths in the repository, found from the test assembly's folder (shared by the test projects).</summary>
internal static class RepositoryPaths
{
    /// <summary>Gets the repository's root folder (the one holding GovDisclosure.Core.sln).</summary>
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "GovDisclosure.Core.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("GovDisclosure.Core.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Gets the path of the seed report's JSON.</summary>
    public static string SeedJson => Path.Combine(Root, "samples", "data", "gaoqiao-township-2018.json");
}
