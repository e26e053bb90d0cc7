using DocsVideo.Core.Tests;

namespace DocsVideo.EndToEnd.Tests;

/// <summary>
/// A project folder as a docs team has it: a project file using the SDK, a global.json pinning its version, a
/// nuget.config naming the feed the SDK was packed into, and its own packages folder so no stale copy is used.
/// </summary>
public sealed class UserProject
{
    public string Folder { get; } = TestPaths.NewTempDirectory("project");
    public string VideoFolder => Path.Combine(Folder, "bin", "videos");

    public UserProject(string projectXml = "<Project Sdk=\"DocsVideo.Sdk\" />")
    {
        File.WriteAllText(Path.Combine(Folder, "Docs.csproj"), projectXml);
        File.WriteAllText(Path.Combine(Folder, "global.json"),
            $$"""{ "sdk": { "version": "10.0.100", "rollForward": "latestFeature" }, "msbuild-sdks": { "DocsVideo.Sdk": "{{SdkFeed.Version}}" } }""");
        File.WriteAllText(Path.Combine(Folder, "nuget.config"), $"""
            <configuration>
              <config><add key="globalPackagesFolder" value="{SdkFeed.PackagesFolder}" /></config>
              <packageSources><clear /><add key="docsvideo" value="{SdkFeed.Folder}" /></packageSources>
            </configuration>
            """);
    }

    public string Path_(string name) => Path.Combine(Folder, name);

    public void Write(string name, string text) => File.WriteAllText(Path_(name), text);

    public (int ExitCode, string Output) Dotnet(params string[] arguments) => Programs.Run(Folder, [.. arguments, "-nodeReuse:false"]);

    public string Build(params string[] extra)
    {
        var (code, output) = Dotnet(["build", .. extra]);
        Assert.AreEqual(0, code, output);
        return output;
    }
}
