using DocsVideo.Script;

namespace DocsVideo.Core.Tests.Media;

/// <summary>Bad and hostile input gets a coded, positioned error (or warning), never an exception or a hang.</summary>
[TestClass]
public sealed class BadInputTests
{
    private const string Small = "---\nsize: 320x180\n---\n";

    public static IEnumerable<object[]> Scripts =>
    [
        ["header that is a list", "---\n- a\n- b\n---\nHi", DiagnosticCodes.HeaderNotMap],
        ["alias bomb in the header", "---\na: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\nd: [*c, *c, *c]\n---\nHi", DiagnosticCodes.UnknownHeaderKey],
        ["absurd size", "---\nsize: 100000x100000\n---\nHi", DiagnosticCodes.InvalidSize],
        ["negative pause", Small + "(pause: -1)", DiagnosticCodes.InvalidValue],
        ["endless duration", Small + "(duration: 1e9)", DiagnosticCodes.InvalidValue],
        ["100,000 scenes", Small + string.Join("\n---\n", Enumerable.Repeat("(pause: 1)", 100_000)), DiagnosticCodes.InvalidValue],
    ];

    [TestMethod]
    [DynamicData(nameof(Scripts))]
    public void ERR_02_BadScriptsGetCodedDiagnostics(string what, string text, string code)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var script = ScriptParser.Parse("bad.vmd", text);
        Assert.IsTrue(script.Diagnostics.Any(d => d.Code == code), $"{what}: {string.Join(" | ", script.Diagnostics)}");
        Assert.IsLessThan(10, clock.Elapsed.TotalSeconds, $"{what} is handled promptly");
    }

    [TestMethod]
    public void ERR_02_AVeryLongLineIsJustText()
    {
        var script = ScriptParser.Parse("long.vmd", Small + new string('a', 10_000));
        Assert.IsFalse(script.HasErrors);
        Assert.AreEqual(10_000, script.Scenes.Single().All<Narration>().Single().Display.Length);
    }

    public static IEnumerable<object[]> Assets =>
    [
        ["an empty picture", "empty.png", (Action<string>)(path => File.WriteAllBytes(path, [])), DiagnosticCodes.AssetUnreadable],
        ["a text file renamed .png", "text.png", (Action<string>)(path => File.WriteAllText(path, "this is not a picture")), DiagnosticCodes.AssetUnreadable],
        ["a truncated clip", "cut.mp4", (Action<string>)(path =>
        {
            Measure.TwoColourClip(path, 1, "red", "blue");
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 3)]);
        }), DiagnosticCodes.AssetUnreadable],
        ["random bytes named .mp4", "noise.mp4", (Action<string>)(path => File.WriteAllBytes(path, Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251)).ToArray())), DiagnosticCodes.AssetUnreadable],
        ["a playlist", "list.m3u8", (Action<string>)(path => File.WriteAllText(path, "#EXTM3U\nfile:///etc/passwd\n")), DiagnosticCodes.AssetType],
        ["a concat list", "list.txt", (Action<string>)(path => File.WriteAllText(path, "file '/etc/passwd'\n")), DiagnosticCodes.AssetType],
        ["a sound file as a picture", "tone.wav", (Action<string>)(path => Measure.Ffmpeg("-f", "lavfi", "-i", "sine=d=1", path)), DiagnosticCodes.AssetType],
        ["a picture too wide to draw", "wide.png", (Action<string>)(path => Measure.Ffmpeg("-f", "lavfi", "-i", "color=c=red:s=16400x16", "-frames:v", "1", path)), DiagnosticCodes.AssetUnreadable],
        ["a clip with no video stream", "voice.mp4", (Action<string>)(path => Measure.Ffmpeg("-f", "lavfi", "-i", "sine=d=1", "-c:a", "aac", path)), DiagnosticCodes.AssetType],
        ["a clip in a codec ffmpeg cannot decode", "odd.mp4", (Action<string>)(path =>
        {
            Measure.TwoColourClip(path, 1, "red", "blue");
            File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(path)).Replace("avc1", "zzzz")));
        }), DiagnosticCodes.AssetUnreadable],
    ];

    [TestMethod]
    [DynamicData(nameof(Assets))]
    public void AST_04_BadAssetsAreErrorsAtTheirReference(string what, string name, Action<string> make, string code)
    {
        var render = new Render();
        make(render.File(name));
        var result = render.Run(Small + $"Intro.\n\n![]({name})");
        var error = result.Diagnostics.FirstOrDefault(d => d.IsError);
        Assert.IsNotNull(error, what);
        Assert.AreEqual(code, error.Code, $"{what}: {error}");
        Assert.AreEqual(6, error.Line, what);
        Assert.IsFalse(File.Exists(render.Video), $"{what}: no video is written");
    }

    [TestMethod]
    public void BGM_02_DIR_21_EmptyOrBrokenSoundFilesAreErrorsAtTheirReference()
    {
        var render = new Render();
        Measure.Ffmpeg("-f", "lavfi", "-i", "sine=d=1", "-t", "0", render.File("empty.wav"));
        File.WriteAllText(render.File("fake.mp3"), "not a sound");
        var scene = render.Run(Small + "Intro.\n\n(audio: empty.wav)");
        Assert.AreEqual((DiagnosticCodes.AssetUnreadable, 6), (Render.SingleError(scene).Code, Render.SingleError(scene).Line));
        StringAssert.Contains(Render.SingleError(scene).Message, "empty");
        var music = render.Run("---\nsize: 320x180\nbackground: fake.mp3 0.5\n---\nIntro.");
        Assert.AreEqual((DiagnosticCodes.AssetUnreadable, 3), (Render.SingleError(music).Code, Render.SingleError(music).Line), "background music is checked before rendering");
        Assert.IsFalse(File.Exists(render.Video));
    }

    [TestMethod]
    public void ERR_02_LimitsAreConfigurable()
    {
        var limits = new Limits { MaxFrameSide = 1280, MaxSceneSeconds = 10, MaxScenes = 2 };
        var script = ScriptParser.Parse("l.vmd", "---\nsize: 1080p\n---\n(pause: 11)\n---\nTwo\n---\nThree", limits);
        var errors = script.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.Line)).ToList();
        CollectionAssert.AreEquivalent(new[] { (DiagnosticCodes.InvalidSize, 2), (DiagnosticCodes.InvalidValue, 4), (DiagnosticCodes.InvalidValue, 8) }, errors,
            string.Join(" | ", script.Diagnostics));
        StringAssert.Contains(script.Diagnostics.First(d => d.Code == DiagnosticCodes.InvalidSize).Message, "1280 (DocsVideoMaxFrameSide)");
        Assert.IsFalse(ScriptParser.Parse("l.vmd", "---\nsize: 1080p\n---\n(pause: 11)\n---\nTwo\n---\nThree").HasErrors, "the defaults allow it");
    }

    [TestMethod]
    public void ERR_02_AClipLongerThanTheSceneLimitIsAnErrorAtItsReference()
    {
        var render = new Render();
        Measure.TwoColourClip(render.File("clip.mp4"), 2.0, "red", "blue");
        var path = render.Write("long.vmd", Small + "Intro.\n\n![](clip.mp4)");
        var options = new RenderOptions { CacheDirectory = render.Cache, Limits = new Limits { MaxSceneSeconds = 1.5 } };
        var result = new Pipeline(options, _ => { }).RenderAsync(path, render.Video, CancellationToken.None).GetAwaiter().GetResult();
        var error = Render.SingleError(result);
        Assert.AreEqual((DiagnosticCodes.InvalidValue, 6, 5), (error.Code, error.Line, error.Column), error.ToString());
        StringAssert.Contains(error.Message, "DocsVideoMaxSceneSeconds");
        Assert.IsFalse(File.Exists(render.Video));
    }

    [TestMethod]
    public void AST_02_ASymbolicLinkPointingOutOfTheProjectIsRefused()
    {
        var render = new Render();
        var outside = Path.Combine(TestPaths.NewTempDirectory("outside"), "secret.png");
        Measure.SolidImage(outside, 32, 32, "red");
        File.CreateSymbolicLink(render.File("inside.png"), outside);
        var error = Render.SingleError(render.Run(Small + "![](inside.png)"));
        Assert.AreEqual(DiagnosticCodes.AssetOutsideProject, error.Code);
    }

    [TestMethod]
    public void AST_02_AFileNameWithAControlCharacterIsAnErrorNotACrash()
    {
        var error = Render.SingleError(new Render().Run(Small + "![](bad\0name.png)"));
        Assert.AreEqual(DiagnosticCodes.AssetMissing, error.Code);
        Assert.AreEqual(4, error.Line);
    }
}
