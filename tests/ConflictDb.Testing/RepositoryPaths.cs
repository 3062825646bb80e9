namespace ConflictDb.Testing;

/// <summary>Finds folders of the repository from a test's output directory.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ConflictDb.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException($"no ConflictDb.sln above {AppContext.BaseDirectory}");
        }
    }

    public static string ParityCases => Path.Combine(Root, "parity", "cases");
}
