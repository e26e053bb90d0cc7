using System.Text.Json;
using DocsVideo.Core.Tests;

namespace DocsVideo.EndToEnd.Tests;

/// <summary>The docsvideo program as people run it by hand: check, plan --json, render.</summary>
[TestClass]
public sealed class CliTests
{
    private static (int ExitCode, string Output) Docsvideo(string folder, params string[] arguments) => Programs.Run(folder, [Programs.Docsvideo, .. arguments]);

    [TestMethod]
    public void ERR_02_CheckReportsEveryDiagnosticOfEveryFileAndFailsOnErrors()
    {
        var folder = TestPaths.NewTempDirectory("check");
        File.WriteAllText(Path.Combine(folder, "a.vmd"), "---\ntransition: crosfade 0.2\nsize: 10x10x10\n---\nHi\n\n(pause: -1)");
        File.WriteAllText(Path.Combine(folder, "b.vmd"), "---\ntarget: online\nvoise: Brian\n---\nHi");
        var (code, output) = Docsvideo(folder, "check", "a.vmd", "b.vmd");
        Assert.AreEqual(1, code, output);
        StringAssert.Contains(output, "a.vmd(2,13): error DV1005: unknown transition 'crosfade'; did you mean 'crossfade'?");
        StringAssert.Contains(output, "a.vmd(3,7): error DV1004:");
        StringAssert.Contains(output, "a.vmd(7,1): error DV1008:");
        StringAssert.Contains(output, "b.vmd(3,1): warning DV1003: unknown header property 'voise' is ignored; did you mean 'voice'?");
        Assert.AreEqual(0, Docsvideo(folder, "check", "b.vmd").ExitCode, "warnings alone do not fail");
    }

    [TestMethod]
    public void Check_NeverCrashesOnBinaryGarbage()
    {
        var folder = TestPaths.NewTempDirectory("garbage");
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(folder, "garbage.vmd"), bytes);
        var (code, output) = Docsvideo(folder, "check", "garbage.vmd");
        Assert.AreEqual(1, code);
        StringAssert.Contains(output, "garbage.vmd(1,1): error DV1008: the script is not UTF-8 text");
        Assert.DoesNotContain("Unhandled", output);
    }

    [TestMethod]
    public void PlanJson_GivesFrameSizeFpsDurationAndEverySceneWithItsKey()
    {
        var folder = TestPaths.NewTempDirectory("plan");
        File.WriteAllText(Path.Combine(folder, "p.vmd"), "---\nsize: 320x180\ntransition: wipe 0.4\n---\n(pause: 1)\n---\n(duration: 2)\n\nSecond scene narration.");
        var (code, output) = Docsvideo(folder, "plan", "p.vmd", "--json");
        Assert.AreEqual(0, code, output);
        var plan = JsonDocument.Parse(output).RootElement;
        Assert.AreEqual(320, plan.GetProperty("width").GetInt32());
        Assert.AreEqual(180, plan.GetProperty("height").GetInt32());
        Assert.AreEqual(25, plan.GetProperty("fps").GetInt32());
        var scenes = plan.GetProperty("scenes").EnumerateArray().ToList();
        Assert.HasCount(2, scenes);
        Assert.AreEqual(1.7, scenes[0].GetProperty("duration").GetDouble(), 0.04, "pause + lead-in + tail (TIM-03), to the frame");
        Assert.AreEqual((1, 5), (scenes[0].GetProperty("index").GetInt32(), scenes[0].GetProperty("line").GetInt32()));
        Assert.AreEqual((2, 7), (scenes[1].GetProperty("index").GetInt32(), scenes[1].GetProperty("line").GetInt32()));
        Assert.AreEqual(scenes[0].GetProperty("duration").GetDouble(), scenes[1].GetProperty("start").GetDouble(), 1e-9);
        Assert.AreEqual("wipe", scenes[1].GetProperty("transitionIn").GetProperty("type").GetString());
        Assert.AreEqual(32, scenes[0].GetProperty("contentKey").GetString()!.Length);
        Assert.AreNotEqual(scenes[0].GetProperty("contentKey").GetString(), scenes[1].GetProperty("contentKey").GetString());
        var total = scenes.Sum(s => s.GetProperty("duration").GetDouble());
        Assert.AreEqual(total, plan.GetProperty("duration").GetDouble(), 1e-6, "transitions do not lengthen the video");
    }

    [TestMethod]
    public void Render_WritesTheVideoWhereAsked()
    {
        var folder = TestPaths.NewTempDirectory("cli-render");
        File.WriteAllText(Path.Combine(folder, "r.vmd"), "---\nsize: 320x180\n---\n(pause: 1)");
        var (code, output) = Docsvideo(folder, "render", "r.vmd", "-o", "out/r.mp4");
        Assert.AreEqual(0, code, output);
        StringAssert.Contains(output, "r.vmd -> out/r.mp4 (1 scenes: 1 rendered, 0 reused");
        Assert.AreEqual(1.7, Measure.Duration(Path.Combine(folder, "out", "r.mp4")), 0.04);
    }
}
