using DocsVideo.Script;

namespace DocsVideo.Core.Tests;

/// <summary>Renders a script written by a test, with its own folder and cache, through the real pipeline.</summary>
public sealed class Render
{
    public string Folder { get; } = TestPaths.NewTempDirectory("render");
    public string Cache => Path.Combine(Folder, "cache");
    public string Video => Path.Combine(Folder, "out", "video.mp4");

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public string File(string name) => Path.Combine(Folder, name);

    public Pipeline.Result Run(string script, string name = "video.vmd", bool draft = false)
    {
        var path = Write(name, script);
        var pipeline = new Pipeline(new RenderOptions { CacheDirectory = Cache, Draft = draft }, _ => { });
        return pipeline.RenderAsync(path, Video, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Plans the script (voicing its narration, probing its assets) without rendering a frame.</summary>
    public Pipeline.Result Plan(string script, string name = "video.vmd")
    {
        var path = Write(name, script);
        return new Pipeline(new RenderOptions { CacheDirectory = Cache }, _ => { }).PlanAsync(path, CancellationToken.None).GetAwaiter().GetResult();
    }

    public static void AssertSucceeded(Pipeline.Result result) =>
        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));

    public static Diagnostic SingleError(Pipeline.Result result) => result.Diagnostics.Single(d => d.IsError);
}
