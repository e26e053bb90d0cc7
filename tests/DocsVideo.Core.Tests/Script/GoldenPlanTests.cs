using System.Text.RegularExpressions;
using DocsVideo.Timeline;

namespace DocsVideo.Core.Tests.Script;

/// <summary>
/// Golden files of <c>plan --json</c> for scripts written for the purpose (no narration, so no speech engine's timing
/// enters them). Paths are made relative and content keys masked, since they depend on the machine's ffmpeg.
/// Set DOCSVIDEO_UPDATE_GOLDEN=1 to rewrite the files after an intended change, and review the diff.
/// </summary>
[TestClass]
public sealed class GoldenPlanTests
{
    public static IEnumerable<object[]> Scripts => new[] { "slides-and-pauses", "clips-and-sync" }.Select(n => new object[] { n });

    [TestMethod]
    [DynamicData(nameof(Scripts))]
    public void PlanJsonMatchesItsGoldenFile(string name)
    {
        var source = Path.Combine(TestPaths.RepoRoot, "tests", "DocsVideo.Core.Tests", "Golden");
        var render = new Render();
        Measure.TwoColourClip(render.File("clip.mp4"), 4.0, "blue", "lime");
        Measure.SolidImage(render.File("still.png"), 640, 360, "orange");
        var script = render.Write($"{name}.vmd", File.ReadAllText(Path.Combine(source, $"{name}.vmd")));
        var result = new Pipeline(new RenderOptions { CacheDirectory = render.Cache }, _ => { }).PlanAsync(script, CancellationToken.None).GetAwaiter().GetResult();
        Assert.IsNotNull(result.Plan, string.Join("\n", result.Diagnostics));
        var json = PlanJson.Write(result.Plan).Replace(render.Folder + "/", "./");
        json = Regex.Replace(json, "\"contentKey\": \"[0-9a-f]{32}\"", "\"contentKey\": \"(key)\"");
        var golden = Path.Combine(source, $"{name}.plan.json");
        if (Environment.GetEnvironmentVariable("DOCSVIDEO_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, json);
        Assert.AreEqual(File.ReadAllText(golden), json, $"plan of {name}.vmd; rerun with DOCSVIDEO_UPDATE_GOLDEN=1 if the change is intended");
    }
}
