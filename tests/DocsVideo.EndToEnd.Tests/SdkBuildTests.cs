using System.Text.Json;
using DocsVideo.Core.Tests;

namespace DocsVideo.EndToEnd.Tests;

/// <summary>`dotnet build` of a user's project with the packed SDK, checked through the videos it makes.</summary>
[TestClass]
public sealed class SdkBuildTests
{
    private const double Frame = 1 / 25.0;

    private const string Narrated = """
        ---
        size: 320x180
        transition: crossfade 0.2
        subtitles: embed
        background: corporate-1 fade-in fade-out
        theme: light
        ---
        (pause: 1)

        ![](title.png)

        (font-size: 30)

        ```
        Secure your API
        ```

        In this video we show the whole pipeline.
        ---
        ![](clip.mp4)

        Then a clip plays while we talk about it.
        """;

    private static UserProject NewProject()
    {
        var project = new UserProject();
        Measure.SolidImage(project.Path_("title.png"), 640, 360, "navy");
        Measure.TwoColourClip(project.Path_("clip.mp4"), 1.0, "blue", "lime");
        project.Write("tour.vmd", Narrated);
        project.Write("short.vmd", "---\nsize: 320x180\n---\nA second, shorter video.");
        return project;
    }

    [TestMethod]
    public void Build_RendersEachScript_ThenNoOpBuildRendersNothing()
    {
        var project = NewProject();
        var first = project.Build();
        StringAssert.Contains(first, "tour.vmd -> bin/videos/tour.mp4 (2 scenes: 2 rendered, 0 reused");
        StringAssert.Contains(first, "short.vmd -> bin/videos/short.mp4");

        var video = Path.Combine(project.VideoFolder, "tour.mp4");
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.VideoFolder, "tour.report.json"))).RootElement;
        var planned = report.GetProperty("duration").GetDouble();
        Assert.AreEqual(planned, Measure.Duration(video), 2 * Frame, "duration matches the plan");
        var picture = Measure.Stream(video, "video");
        Assert.AreEqual((320, 180), (picture.GetProperty("width").GetInt32(), picture.GetProperty("height").GetInt32()));
        Assert.AreEqual("aac", Measure.Stream(video, "audio").GetProperty("codec_name").GetString());
        Assert.AreEqual("mov_text", Measure.Stream(video, "subtitle").GetProperty("codec_name").GetString());
        var cues = Measure.Cues(video);
        Assert.HasCount(2, cues, "one cue per narration paragraph");
        Assert.AreEqual(1.1, cues[0].Start, Frame, "the first cue waits for the pause and the lead-in");
        // Speech is clearly louder than the music alone under the pause.
        var pause = Measure.Loudness(video, 0.3, 0.9);
        var speech = Measure.Loudness(video, cues[0].Start + 0.1, cues[0].End - 0.1);
        Assert.IsGreaterThan(pause + 6, speech, $"speech {speech:0.0} dB over the pause's {pause:0.0} dB");
        Assert.IsGreaterThan(-60, pause, "the background music plays under the pause");
        // The light theme's near-white text is drawn over the navy title picture.
        var frame = Measure.Pixel(video, 0.5, 20, 20);
        Assert.IsTrue(frame.B > 80 && frame.R < 40, $"navy title picture, got {frame}");

        var again = project.Build();
        Assert.DoesNotContain(".vmd ->", again, "a build with no change does not start the renderer");
        var (question, output) = project.Dotnet("build", "-question");
        Assert.AreEqual(0, question, "dotnet build -question after a build: " + output);
    }

    [TestMethod]
    public void Build_AfterEditingOneScriptOrAnAsset_RendersOnlyThatVideo_AndDeletingAScriptRemovesItsVideo()
    {
        var project = NewProject();
        project.Build();

        project.Write("short.vmd", "---\nsize: 320x180\n---\nThe second video, edited.");
        var edited = project.Build();
        StringAssert.Contains(edited, "short.vmd -> ");
        Assert.DoesNotContain("tour.vmd -> ", edited);

        Measure.SolidImage(project.Path_("title.png"), 640, 360, "maroon");
        var asset = project.Build();
        StringAssert.Contains(asset, "tour.vmd -> bin/videos/tour.mp4 (2 scenes: 1 rendered, 1 reused");
        var frame = Measure.Pixel(Path.Combine(project.VideoFolder, "tour.mp4"), 0.5, 20, 20);
        Assert.IsTrue(frame.R > 80 && frame.B < 40, $"the new picture is in the video, got {frame}");

        File.Delete(project.Path_("short.vmd"));
        project.Build();
        Assert.IsFalse(File.Exists(Path.Combine(project.VideoFolder, "short.mp4")), "the deleted script's video is gone");
        Assert.IsTrue(File.Exists(Path.Combine(project.VideoFolder, "tour.mp4")));
        Assert.IsFalse(File.Exists(Path.Combine(project.VideoFolder, "short.png")), "and its poster");
        Assert.IsTrue(File.Exists(Path.Combine(project.VideoFolder, "tour.png")));

        var (clean, output) = project.Dotnet("clean");
        Assert.AreEqual(0, clean, output);
        Assert.IsFalse(File.Exists(Path.Combine(project.VideoFolder, "tour.mp4")), "dotnet clean removes the videos");
        Assert.IsFalse(File.Exists(Path.Combine(project.VideoFolder, "tour.png")), "and the posters");
    }

    [TestMethod]
    public void Build_WithAMissingAsset_FailsWithAPositionedErrorAndWritesNoVideo()
    {
        var project = new UserProject();
        project.Write("broken.vmd", "---\nsize: 320x180\n---\nIntro.\n\n![](nothere.png)\n");
        var (code, output) = project.Dotnet("build");
        Assert.AreNotEqual(0, code);
        StringAssert.Contains(output, Path.Combine(project.Folder, "broken.vmd") + "(6,5): error DV2001: asset 'nothere.png' was not found");
        Assert.IsFalse(Directory.Exists(project.VideoFolder) && Directory.EnumerateFiles(project.VideoFolder, "*.mp4*").Any());
    }

    [TestMethod]
    public void Build_HonoursOutputPathAndTheSwitchForDefaultItems_AndDesignTimeBuildsRenderNothing()
    {
        var project = new UserProject("""
            <Project Sdk="DocsVideo.Sdk">
              <PropertyGroup><DocsVideoOutputPath>site/media/</DocsVideoOutputPath></PropertyGroup>
            </Project>
            """);
        project.Write("a.vmd", "---\nsize: 320x180\n---\n(pause: 1)");
        project.Build("-p:DesignTimeBuild=true");
        Assert.IsFalse(File.Exists(project.Path_("site/media/a.mp4")), "design-time builds render nothing");
        project.Build();
        Assert.AreEqual(1.0 + 0.1 + 0.6, Measure.Duration(project.Path_("site/media/a.mp4")), Frame);
        Assert.IsFalse(Directory.Exists(Path.Combine(project.Folder, "bin", "videos")));
        File.Delete(project.Path_("site/media/a.mp4"));
        project.Build("-p:EnableDefaultVideoScriptItems=false");
        Assert.IsFalse(File.Exists(project.Path_("site/media/a.mp4")), "default items switched off");
    }

    [TestMethod]
    public void Diagnostics_HonourNoWarnAndWarningsAsErrors()
    {
        const string Script = "---\nsize: 320x180\n---\n```\n# Title\n```\n(duration: 1)";
        var quiet = new UserProject("<Project Sdk=\"DocsVideo.Sdk\"><PropertyGroup><NoWarn>DV1021</NoWarn></PropertyGroup></Project>");
        quiet.Write("t.vmd", Script);
        Assert.DoesNotContain("DV1021", quiet.Build(), "NoWarn silences the warning");

        var strict = new UserProject("<Project Sdk=\"DocsVideo.Sdk\"><PropertyGroup><WarningsAsErrors>DV1021</WarningsAsErrors></PropertyGroup></Project>");
        strict.Write("t.vmd", Script);
        var (code, output) = strict.Dotnet("build");
        Assert.AreNotEqual(0, code, "WarningsAsErrors fails the build");
        StringAssert.Contains(output, "t.vmd(4,1): error DV1021:");
        var (again, _) = strict.Dotnet("build");
        Assert.AreNotEqual(0, again, "the next build fails again instead of passing as up to date");
    }

    [TestMethod]
    public void ParallelBuildOfSeveralProjectsSharingOneCache_MakesEveryVideoOnce()
    {
        var root = new UserProject("<Project Sdk=\"DocsVideo.Sdk\"><PropertyGroup><EnableDefaultVideoScriptItems>false</EnableDefaultVideoScriptItems></PropertyGroup></Project>");
        var cache = root.Path_("shared-cache");
        var names = new[] { "one", "two", "three" };
        foreach (var name in names)
        {
            Directory.CreateDirectory(root.Path_(name));
            File.WriteAllText(root.Path_($"{name}/{name}.csproj"),
                $"<Project Sdk=\"DocsVideo.Sdk\"><PropertyGroup><DocsVideoCacheDirectory>{cache}/</DocsVideoCacheDirectory></PropertyGroup></Project>");
            // The same first scene in every project: one shared segment, rendered by whichever build gets there first.
            File.WriteAllText(root.Path_($"{name}/{name}.vmd"), $"---\nsize: 320x180\n---\n(pause: 2)\n---\nThis is project {name}.");
        }
        File.WriteAllText(root.Path_("all.proj"), "<Project><Target Name=\"Build\"><MSBuild Projects=\"one/one.csproj;two/two.csproj;three/three.csproj\" BuildInParallel=\"true\" /></Target>" +
            "<Target Name=\"Restore\"><MSBuild Projects=\"one/one.csproj;two/two.csproj;three/three.csproj\" Targets=\"Restore\" /></Target></Project>");
        var (restore, restored) = root.Dotnet("msbuild", "all.proj", "-t:Restore");
        Assert.AreEqual(0, restore, restored);
        var (code, output) = root.Dotnet("msbuild", "all.proj", "-m:3");
        Assert.AreEqual(0, code, output);
        foreach (var name in names)
        {
            var video = root.Path_($"{name}/bin/videos/{name}.mp4");
            Assert.IsGreaterThan(3.0, Measure.Duration(video), name);
            StringAssert.Contains(Measure.Run("ffprobe", "-v", "error", "-show_entries", "stream=codec_type", "-of", "csv=p=0", video), "video");
        }
        Assert.AreEqual(0, Directory.GetFiles(cache, "*.tmp*", SearchOption.AllDirectories).Length, "no temporary file left in the shared cache");
        Assert.IsLessThanOrEqualTo(4, Directory.GetFiles(Path.Combine(cache, "segments"), "*.mp4").Count(f => !f.EndsWith(".head.mp4")),
            "the shared first scene has one segment (one per distinct scene: 1 shared + 3 own)");
    }

    [TestMethod]
    public void TwoBuildsOfOneProjectAtOnce_BothMakeTheSameGoodVideo()
    {
        var project = NewProject();
        var (restore, restored) = project.Dotnet("restore");
        Assert.AreEqual(0, restore, restored);
        // As when `dotnet watch` rebuilds while someone runs `dotnet build` in another terminal.
        var builds = Enumerable.Range(0, 2).Select(_ => Task.Run(() => project.Dotnet("build", "--no-restore"))).ToArray();
        Task.WaitAll(builds);
        foreach (var (code, output) in builds.Select(b => b.Result)) Assert.AreEqual(0, code, output);
        var video = Path.Combine(project.VideoFolder, "tour.mp4");
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.VideoFolder, "tour.report.json"))).RootElement;
        Assert.AreEqual(report.GetProperty("duration").GetDouble(), Measure.Duration(video), 2 * Frame, "a whole video, not one build's half");
        // Every frame and sound decodes without an error.
        Assert.AreEqual("", Measure.Run("ffmpeg", "-v", "error", "-i", video, "-f", "null", "-").Trim());
        Assert.IsEmpty(Directory.GetFiles(project.Folder, "*.tmp*", SearchOption.AllDirectories), "no temporary file left");
        Assert.IsEmpty(Directory.GetDirectories(project.Path_("obj/docsvideo/cache"), "work", SearchOption.AllDirectories)
            .SelectMany(w => Directory.GetFileSystemEntries(w)), "no work folder left");
        Assert.DoesNotContain("tour.vmd -> ", project.Build(), "afterwards the project is simply up to date");
    }

    [TestMethod]
    public void Limits_AreSetByProjectProperties()
    {
        var project = new UserProject("<Project Sdk=\"DocsVideo.Sdk\"><PropertyGroup><DocsVideoMaxFrameSide>640</DocsVideoMaxFrameSide>" +
            "<DocsVideoMaxSceneSeconds>5</DocsVideoMaxSceneSeconds><DocsVideoMaxScenes>1</DocsVideoMaxScenes></PropertyGroup></Project>");
        project.Write("big.vmd", "---\nsize: 720p\n---\n(pause: 6)\n---\nTwo");
        var (code, output) = project.Dotnet("build");
        Assert.AreNotEqual(0, code, output);
        StringAssert.Contains(output, "big.vmd(2,7): error DV1004:");
        StringAssert.Contains(output, "big.vmd(4,1): error DV1008:");
        StringAssert.Contains(output, "big.vmd(6,1): error DV1008: the script has more than 1 scenes");
        Assert.IsFalse(File.Exists(Path.Combine(project.VideoFolder, "big.mp4")));
    }

    [TestMethod]
    public void DotnetWatchListsTheScripts()
    {
        var project = new UserProject();
        project.Write("a.vmd", "---\nsize: 320x180\n---\n(pause: 1)");
        Directory.CreateDirectory(project.Path_("chapter"));
        project.Write("chapter/b.vmd", "---\nsize: 320x180\n---\n(pause: 1)");
        var (code, output) = Programs.Run(project.Folder, "watch", "--list");
        Assert.AreEqual(0, code, output);
        StringAssert.Contains(output, project.Path_("a.vmd"));
        StringAssert.Contains(output, project.Path_("chapter/b.vmd"));
    }

    [TestMethod]
    public void AST_02_ScriptsInSubfoldersUseProjectAssets_ButNothingOutsideTheProject()
    {
        var project = new UserProject();
        Measure.SolidImage(project.Path_("shared.png"), 320, 180, "teal");
        Directory.CreateDirectory(project.Path_("chapter"));
        project.Write("chapter/c.vmd", "---\nsize: 320x180\n---\n![](../shared.png)\n(duration: 1)");
        project.Build();
        Assert.IsGreaterThan(100, Measure.Pixel(Path.Combine(project.VideoFolder, "c.mp4"), 0.5, 160, 90).G, "the project's picture is used");

        project.Write("chapter/c.vmd", "---\nsize: 320x180\n---\n![](../../outside.png)\n(duration: 1)");
        var (code, output) = project.Dotnet("build");
        Assert.AreNotEqual(0, code);
        StringAssert.Contains(output, "c.vmd(4,5): error DV2004:");
    }
}
