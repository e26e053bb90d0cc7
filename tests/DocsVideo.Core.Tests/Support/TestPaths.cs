namespace DocsVideo.Core.Tests;

/// <summary>Paths into the repository and fresh scratch folders for tests.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string KongScript => Path.Combine(RepoRoot, "samples", "KongJwt", "kong-jwt.vmd");

    public static string NewTempDirectory(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "docsvideo-tests", $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)]);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir != null && !File.Exists(Path.Combine(dir, "DocsVideo.Sdk.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("repository root not found");
    }
}
