using System.Diagnostics;
using DocsVideo.Core.Tests;

namespace DocsVideo.EndToEnd.Tests;

/// <summary>Killed renders, failing ffmpeg, unwritable outputs and parallel renders: nothing lost, nothing half-written.</summary>
[TestClass]
public sealed class FaultTests
{
    // Moving pictures keep each scene's ffmpeg busy long enough to be caught and killed.
    private const string Script = "---\nsize: 320x180\n---\n![zoom](p.png)\n(pause: 3)\n---\n![pan](p.png)\n(pause: 3)\n---\nA sentence of narration in the third scene.\n---\n![zoomout](p.png)\n(pause: 3)";

    private static Process Start(string folder, params string[] arguments) => Programs.Start(folder, [Programs.Docsvideo, .. arguments]);

    private static (int Code, string Output) Run(string folder, params string[] arguments) => Programs.Run(folder, [Programs.Docsvideo, .. arguments]);

    private static string Prepare(out byte[] previous)
    {
        var folder = TestPaths.NewTempDirectory("fault");
        File.WriteAllText(Path.Combine(folder, "v.vmd"), "---\nsize: 320x180\n---\n(pause: 1)");
        Measure.SolidImage(Path.Combine(folder, "p.png"), 640, 360, "orange");
        var (code, output) = Run(folder, "render", "v.vmd", "-o", "out/v.mp4");
        Assert.AreEqual(0, code, output);
        previous = File.ReadAllBytes(Path.Combine(folder, "out", "v.mp4"));
        File.WriteAllText(Path.Combine(folder, "v.vmd"), Script);
        // Voice the narration now, so that the render's first programs draw scenes.
        Assert.AreEqual(0, Run(folder, "plan", "v.vmd").Code);
        return folder;
    }

    private static void AssertNothingHalfWritten(string folder, byte[] previous)
    {
        CollectionAssert.AreEqual(previous, File.ReadAllBytes(Path.Combine(folder, "out", "v.mp4")), "the previous video is intact");
        Assert.AreEqual(0, Directory.GetFiles(Path.Combine(folder, "out")).Count(f => f.Contains(".tmp")), "no temporary file beside the video");
    }

    private static void AssertRebuildIsCorrect(string folder)
    {
        var (code, output) = Run(folder, "render", "v.vmd", "-o", "out/v.mp4");
        Assert.AreEqual(0, code, output);
        var (_, json) = Run(folder, "plan", "v.vmd", "--json");
        var planned = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("duration").GetDouble();
        Assert.IsGreaterThan(13.0, planned, "four scenes, three of them 3.7 s");
        Assert.AreEqual(planned, Measure.Duration(Path.Combine(folder, "out", "v.mp4")), 0.04, "the new video is the whole new script");
    }

    [TestMethod]
    public void KillingTheRenderer_KeepsThePreviousVideo_AndTheNextBuildIsRight()
    {
        var folder = Prepare(out var previous);
        using (var process = Start(folder, "render", "v.vmd", "-o", "out/v.mp4"))
        {
            // Wait until it is encoding (an ffmpeg child exists), then kill it outright.
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!Children(process.Id).Any() && !process.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(20);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        AssertNothingHalfWritten(folder, previous);
        AssertRebuildIsCorrect(folder);
    }

    [TestMethod]
    public void KillingAnFfmpegChild_IsAnErrorNamingTheScene_AndKeepsThePreviousVideo()
    {
        var folder = Prepare(out var previous);
        using var process = Start(folder, "render", "v.vmd", "-o", "out/v.mp4");
        var output = process.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        int[] children = [];
        while ((children = Children(process.Id).ToArray()).Length == 0 && !process.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(10);
        foreach (var child in children) Process.GetProcessById(child).Kill();
        process.WaitForExit();
        Assert.AreEqual(1, process.ExitCode, output.Result);
        StringAssert.Matches(output.Result, new System.Text.RegularExpressions.Regex(@"v\.vmd\(\d+,1\): error DV3002: scene \d could not be rendered: ffmpeg failed"));
        AssertNothingHalfWritten(folder, previous);
        AssertRebuildIsCorrect(folder);
    }

    [TestMethod]
    public void CancellingTheBuild_StopsTheRenderer_KeepsThePreviousVideo_AndTheNextBuildIsRight()
    {
        var project = new UserProject();
        Measure.SolidImage(project.Path_("p.png"), 640, 360, "orange");
        project.Write("v.vmd", "---\nsize: 320x180\n---\n(pause: 1)");
        project.Build();
        var video = Path.Combine(project.VideoFolder, "v.mp4");
        var previous = File.ReadAllBytes(video);
        project.Write("v.vmd", Script);

        using var build = Programs.Start(project.Folder, "build", "-nodeReuse:false");
        var output = build.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        int[] running = [];
        while (!(running = Descendants(build.Id).ToArray()).Any(IsSceneFfmpeg) && !build.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(20);
        Assert.IsTrue(running.Any(IsSceneFfmpeg), "the build got as far as drawing scenes");
        // Ctrl+C in a terminal, or a CI job being cancelled: MSBuild cancels the task, which stops its tool.
        Measure.Run("kill", "-INT", build.Id.ToString());
        Assert.IsTrue(build.WaitForExit(60_000), "the build stops");
        Assert.AreNotEqual(0, build.ExitCode, output.Result);
        Thread.Sleep(500);
        Assert.IsEmpty(running.Where(IsAlive), "no renderer or ffmpeg keeps running: " + string.Join(", ", running.Where(IsAlive)));
        CollectionAssert.AreEqual(previous, File.ReadAllBytes(video), "the previous video is intact");
        Assert.IsEmpty(Directory.GetFiles(project.VideoFolder).Where(f => f.Contains(".tmp")), "no temporary file beside the video");

        var next = project.Build();
        StringAssert.Contains(next, "v.vmd -> bin/videos/v.mp4 (4 scenes");
        Assert.IsGreaterThan(13.0, Measure.Duration(video), "the next build makes the whole new video");
    }

    [TestMethod]
    public void AnUnwritableOutput_IsAClearError()
    {
        var folder = TestPaths.NewTempDirectory("unwritable");
        File.WriteAllText(Path.Combine(folder, "v.vmd"), "---\nsize: 320x180\n---\n(pause: 1)");
        File.WriteAllText(Path.Combine(folder, "taken"), "a file where the output folder should be");
        var (code, output) = Run(folder, "render", "v.vmd", "-o", "taken/v.mp4");
        Assert.AreEqual(1, code);
        StringAssert.Contains(output, "error DV3003: could not write 'taken/v.mp4'");
    }

    [TestMethod]
    public void TwoRendersAtOnce_IntoOneCacheAndOneOutput_BothSucceed()
    {
        var folder = Prepare(out _);
        using var first = Start(folder, "render", "v.vmd", "-o", "out/v.mp4");
        using var second = Start(folder, "render", "v.vmd", "-o", "out/v.mp4");
        var outputs = new[] { first.StandardOutput.ReadToEndAsync(), second.StandardOutput.ReadToEndAsync() };
        first.WaitForExit();
        second.WaitForExit();
        Assert.AreEqual(0, first.ExitCode, outputs[0].Result);
        Assert.AreEqual(0, second.ExitCode, outputs[1].Result);
        Assert.IsGreaterThan(13.0, Measure.Duration(Path.Combine(folder, "out", "v.mp4")));
        Assert.AreEqual(0, Directory.GetFiles(Path.Combine(folder, "out")).Count(f => f.Contains(".tmp")));
    }

    /// <summary>Every process started, directly or not, by <paramref name="root"/> (from /proc).</summary>
    private static IEnumerable<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
            }
            catch (IOException) { }
        }
        var found = new List<int>();
        var queue = new Queue<int>([root]);
        while (queue.Count > 0)
        {
            var parent = queue.Dequeue();
            foreach (var child in parents.Where(p => p.Value == parent).Select(p => p.Key)) { found.Add(child); queue.Enqueue(child); }
        }
        return found;
    }

    private static bool IsSceneFfmpeg(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/comm").Trim() == "ffmpeg" && File.ReadAllText($"/proc/{pid}/cmdline").Contains("/scene"); }
        catch (IOException) { return false; }
    }

    /// <summary>Running, not just a zombie waiting for its parent to read its exit code.</summary>
    private static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[stat.LastIndexOf(')') + 2] != 'Z';
        }
        catch (IOException) { return false; }
    }

    /// <summary>Process ids whose parent is <paramref name="parent"/> (from /proc).</summary>
    private static IEnumerable<int> Children(int parent)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); } catch (IOException) { continue; } catch (UnauthorizedAccessException) { continue; }
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (int.Parse(fields[1]) != parent || !stat.Contains("(ffmpeg)")) continue;
            // Only an ffmpeg drawing a scene (its work folder is named after the scene), not one voicing or mixing sound.
            string command;
            try { command = File.ReadAllText(Path.Combine(dir, "cmdline")); } catch (IOException) { continue; }
            if (command.Contains("/scene")) yield return pid;
        }
    }
}
