using DocsVideo.Core.Tests;

namespace DocsVideo.EndToEnd.Tests;

/// <summary>Packs the SDK from this checkout once per test run into a private feed.</summary>
[TestClass]
public static class SdkFeed
{
    public const string Version = "0.1.0";
    public static string Folder { get; private set; } = "";
    public static string PackagesFolder { get; private set; } = "";

    [AssemblyInitialize]
    public static void Pack(TestContext context)
    {
        var root = TestPaths.NewTempDirectory("feed");
        Folder = Path.Combine(root, "feed");
        PackagesFolder = Path.Combine(root, "packages");
        var (code, output) = Programs.Run(root, "pack", Path.Combine(TestPaths.RepoRoot, "sdk", "DocsVideo.Sdk", "DocsVideo.Sdk.csproj"), "-c", "Release", "-o", Folder, "-nodeReuse:false");
        if (code != 0) throw new InvalidOperationException("packing the SDK failed:\n" + output);
    }
}
