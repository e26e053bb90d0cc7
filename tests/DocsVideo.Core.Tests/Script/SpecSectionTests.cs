using DocsVideo.Script;

namespace DocsVideo.Core.Tests.Script;

/// <summary>Checklist items of spec sections 1–4, 6–9 that the parser alone decides, each from a small snippet.</summary>
[TestClass]
public sealed class SpecSectionTests
{
    private static VideoScript Parse(string text) => ScriptParser.Parse("t.vmd", text);

    private static ScriptHeader Header(string yaml)
    {
        var script = Parse($"---\n{yaml}\n---\nHi");
        Assert.IsFalse(script.HasErrors, string.Join("\n", script.Diagnostics));
        return script.Header;
    }

    [TestMethod]
    public void SCN_01_02_AScriptIsScenesBetweenLinesOfThreeOrMoreDashes()
    {
        var script = Parse("One\n\n---\n\nTwo\n-----\nThree\n\n--\n----------\nFour");
        CollectionAssert.AreEqual(new[] { "One", "Two", "Three|--", "Four" },
            script.Scenes.Select(s => string.Join("|", s.All<Narration>().Select(n => n.Display))).ToArray(),
            "two dashes are text, three or more separate scenes");
        CollectionAssert.AreEqual(new[] { 1, 4, 7, 11 }, script.Scenes.Select(s => s.StartLine).ToArray());
    }

    [TestMethod]
    public void SCN_06_NAR_02_BlankLinesSeparateParagraphs_SingleBreaksDoNot()
    {
        var narration = Parse("First line\nof one sentence.\n\nSecond paragraph.").Scenes.Single().All<Narration>().ToList();
        Assert.HasCount(2, narration);
        Assert.AreEqual("First line of one sentence.", narration[0].Spoken, "a single line break does not break the sentence");
        Assert.AreEqual((1, 4), (narration[0].Line, narration[1].Line));
    }

    [TestMethod]
    public void SCN_08_VisualsMayStandBeforeOrAfterTheNarration()
    {
        var before = Parse("![](a.png)\n\nHello.").Scenes.Single();
        var after = Parse("Hello.\n\n![](a.png)").Scenes.Single();
        Assert.AreEqual(before.All<VisualAsset>().Single().Path, after.All<VisualAsset>().Single().Path);
        Assert.AreEqual(before.All<Narration>().Single().Spoken, after.All<Narration>().Single().Spoken);
    }

    [TestMethod]
    public void DIR_01_03_DirectionsAreBracketedParagraphs_ValuesAreTrimmed()
    {
        var scene = Parse("(voice: Kirk )\n\n(pause:  2 )\n\n( not a direction )\n\n(voice-speed:fast)").Scenes.Single();
        Assert.AreEqual("Kirk", scene.All<VoiceChange>().First().Value);
        Assert.AreEqual(2, scene.All<Pause>().Single().Seconds);
        Assert.AreEqual("( not a direction )", scene.All<Narration>().Single().Display, "brackets without a name: are narration");
        Assert.AreEqual(("voice-speed", "fast"), (scene.All<VoiceChange>().Last().Setting, scene.All<VoiceChange>().Last().Value));
    }

    [TestMethod]
    public void HDR_04_DIR_19_DIR_25_HeaderSettingsCanBeSetOnOneScene()
    {
        var script = Parse("---\ntheme: light\ncanvas: teal\ntransition: crossfade 0.5\n---\nOne\n---\n(theme: default)\n(canvas: olive)\n(transition: wipe 1)\nTwo\n---\nThree");
        Assert.IsFalse(script.HasErrors, string.Join("\n", script.Diagnostics));
        Assert.AreEqual(("light", "teal"), (script.Header.Theme, script.Header.Canvas));
        var two = script.Scenes[1];
        Assert.AreEqual(("default", "olive", new TransitionSpec("wipe", 1)), (two.Theme, two.Canvas, two.Transition));
        var three = script.Scenes[2];
        Assert.AreEqual((null, null, null), (three.Theme, three.Canvas, three.Transition), "scene settings do not carry on");
    }

    [TestMethod]
    public void HDR_11_VoiceNamesAreCaseInsensitive()
    {
        var table = new DocsVideo.Speech.VoiceTable();
        Assert.IsTrue(table.TryGet("rodney", out var lower));
        Assert.IsTrue(table.TryGet("RODNEY", out var upper));
        Assert.AreEqual(upper, lower);
        Assert.AreEqual("Rodney", Header("voice: Rodney").Voice);
    }

    [TestMethod]
    public void HDR_13_BGM_02_BGM_06_BackgroundForms()
    {
        MusicSpec Music(string yaml) => Header(yaml).Background!;
        Assert.AreEqual(("corporate-1", true, 1.0, true, true), Tuple(Music("background: corporate-1 fade-in fade-out")));
        Assert.AreEqual(("ukulele-1", true, 0.5, false, false), Tuple(Music("background: ukulele-1 0.5")));
        Assert.AreEqual(("sound.wav", false, 0.3, false, false), Tuple(Music("background: sound.wav 0.3")));
        Assert.AreEqual(("bach_cello.mp3", false, 1.0, false, true), Tuple(Music("background: bach_cello.mp3 fade-out")));
        Assert.AreEqual(("voice.m4a", false, 1.0, false, false), Tuple(Music("background: voice.m4a")));
        Assert.AreEqual(("file.mp3", false, 0.3, false, false), Tuple(Music("background: {audio: file.mp3, volume: 0.3}")), "2019 map form");
        Assert.AreEqual(("uplifting-2", true, 1.0, false, false), Tuple(Music("background: {vendor: uplifting-2}")));
        static (string, bool, double, bool, bool) Tuple(MusicSpec m) => (m.Source, m.IsBuiltIn, m.Volume, m.FadeIn, m.FadeOut);
    }

    [TestMethod]
    public void HDR_14_ThemeIsLightDefaultOrACssFile()
    {
        Assert.AreEqual("default", Parse("Hi").Header.Theme);
        Assert.AreEqual("light", Header("theme: light").Theme);
        Assert.AreEqual("custom.css", Header("theme: custom.css").Theme);
    }

    [TestMethod]
    public void HDR_15_SubtitlesScalarModesAndMap()
    {
        Assert.AreEqual(SubtitleMode.None, Parse("Hi").Header.Subtitles.Mode);
        Assert.AreEqual(SubtitleMode.Overlay, Header("subtitles: auto").Subtitles.Mode);
        Assert.AreEqual(SubtitleMode.Overlay, Header("subtitles: overlay").Subtitles.Mode);
        Assert.AreEqual(SubtitleMode.Embed, Header("subtitles: embed").Subtitles.Mode);
        Assert.AreEqual(SubtitleMode.External, Header("subtitles: external").Subtitles.Mode);
        var map = Header("subtitles:\n  mode: overlay\n  break: 40\n  color: yellow\n  background: black\n  outline: red\n  scale: 1.5\n  size: 30\n  font: sub.ttf\n  position: top").Subtitles;
        Assert.AreEqual((SubtitleMode.Overlay, 40, "yellow", "black", "red", 1.5, 30, "sub.ttf", "top"),
            (map.Mode, map.Break, map.Color, map.Background, map.Outline, map.Scale, map.Size, map.Font, map.Position));
    }

    [TestMethod]
    public void HDR_16_AssetResizeSetsTheFitOfEveryAsset()
    {
        Assert.AreEqual(Fit.Cover, Parse("Hi").Header.AssetResize);
        Assert.AreEqual(Fit.Contain, Header("asset-resize: contain").AssetResize);
        Assert.AreEqual(Fit.Stretch, Header("asset-resize: fit").AssetResize);
    }

    [TestMethod]
    public void HDR_19_CanvasInTheHeader()
    {
        Assert.AreEqual("sienna", Header("canvas: sienna").Canvas);
    }

    [TestMethod]
    public void AST_01_ImagesUseMarkdownImageSyntaxWithOptionsInTheBrackets()
    {
        var asset = Parse("![contain top zoom](shots/a.png)").Scenes.Single().All<VisualAsset>().Single();
        Assert.AreEqual("shots/a.png", asset.Path);
        Assert.AreEqual((Fit.Contain, "top", "zoom"), (asset.Options.Fit, asset.Options.Anchor, asset.Options.Motion));
    }

    [TestMethod]
    public void DIR_23_ImageLongForm()
    {
        var asset = Parse("(image: shot.png)\n\nSee the shot.").Scenes.Single().All<VisualAsset>().Single();
        Assert.AreEqual("shot.png", asset.Path);
    }

    [TestMethod]
    public void CAL_02_RectangleEdgesInAnyOrder()
    {
        var callout = Parse("![](a.png)\n(callout:\n  bottom: 300\n  top: 0\n  right: 200\n  left: 10\n)").Scenes.Single().All<Callout>().Single();
        Assert.AreEqual((CalloutShape.Rectangle, 10.0, 0.0, 200.0, 300.0), (callout.Shape, callout.X1, callout.Y1, callout.X2, callout.Y2));
    }

    [TestMethod]
    public void TXT_01_BackquoteAndTildeFencesAreTextSlides()
    {
        var slides = Parse("```\nPlain\n```\n\n~~~js\nlet a = 1;\n~~~").Scenes.Single().All<TextSlide>().ToList();
        Assert.AreEqual(("", "Plain"), (slides[0].Language, slides[0].Text));
        Assert.AreEqual(("js", "let a = 1;"), (slides[1].Language, slides[1].Text));
    }

    [TestMethod]
    public void TRN_06_EveryNarakeetTypeIsAcceptedAndIsARealXfadeEffect()
    {
        string[] narakeet = ["circle", "rect", "wipe-right", "wipe-left", "wipe-up", "wipe-down", "slide-right", "slide-left",
            "slide-up", "slide-down", "fade-right", "fade-left", "fade-up", "fade-down", "fade-circle", "slice-right", "slice-left",
            "slice-up", "slice-down", "dissolve", "pixelize", "radial", "reveal", "crossfade", "wipe"];
        foreach (var type in narakeet)
        {
            var script = Parse($"One\n---\n(transition: {type} 0.2)\nTwo");
            Assert.IsFalse(script.HasErrors, $"{type}: {string.Join("\n", script.Diagnostics)}");
            Assert.AreEqual(type, script.Scenes[1].Transition!.Type);
            // The mapped effect must exist in the ffmpeg on this machine: a 0.2 s xfade of two tiny colours.
            var effect = TransitionParser.Effects[type];
            Measure.Ffmpeg("-f", "lavfi", "-i", "color=red:s=32x32:d=0.4:r=25", "-f", "lavfi",
                "-i", "color=blue:s=32x32:d=0.4:r=25", "-filter_complex", $"xfade=transition={effect}:duration=0.2:offset=0.1", "-f", "null", "-");
        }
    }
}
