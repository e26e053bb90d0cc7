using System.Diagnostics;
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
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "pack", Path.Combine(TestPaths.RepoRoot, "sdk", "DocsVideo.Sdk", "DocsVideo.Sdk.csproj"), "-c", "Release", "-o", Folder, "-nodeReuse:false" })
            start.ArgumentList.Add(a);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("packing the SDK failed:\n" + output.Result + error.Result);
    }
}
