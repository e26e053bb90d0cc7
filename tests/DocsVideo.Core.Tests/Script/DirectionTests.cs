using DocsVideo.Script;

namespace DocsVideo.Core.Tests.Script;

/// <summary>More checklist items of spec sections 1–4, each from a small snippet.</summary>
[TestClass]
public sealed class DirectionTests
{
    private static VideoScript Parse(string text) => ScriptParser.Parse("t.vmd", text);

    [TestMethod]
    public void HDR_03_QuotedHexColoursAndCommentLines()
    {
        var header = Parse("---\n# voice-speed: 1.1\nsubtitles:\n  mode: overlay\n  background: \"#FFFFFF77\"\n---\nHi").Header;
        Assert.AreEqual("#FFFFFF77", header.Subtitles.Background);
        Assert.IsNull(header.VoiceSpeed, "a # line is a YAML comment");
    }

    [TestMethod]
    public void HDR_05_BlankLinesInTheHeaderAndNoneAfterIt()
    {
        var script = Parse("---\nsize: 1080p\n\nsubtitles: embed\n---\nText right under the header.");
        Assert.IsFalse(script.HasErrors);
        Assert.AreEqual(SubtitleMode.Embed, script.Header.Subtitles.Mode);
        Assert.AreEqual(6, script.Scenes.Single().All<Narration>().Single().Line);
    }

    [TestMethod]
    public void HDR_17_18_VoiceSpeedAndVolumeInTheHeader()
    {
        var header = Parse("---\nvoice-speed: 1.10\nvoice-volume: loud\n---\nHi").Header;
        Assert.AreEqual(("1.10", "loud"), (header.VoiceSpeed, header.VoiceVolume));
    }

    [TestMethod]
    public void DIR_11_PauseUntilTakesSecondsOrMinutes()
    {
        var pauses = Parse("(pause-until: 15)\nA\n\n(pause-until: 1:06)\nB").Scenes.Single().All<PauseUntil>().Select(p => p.Seconds).ToArray();
        CollectionAssert.AreEqual(new[] { 15.0, 66.0 }, pauses);
    }

    [TestMethod]
    public void DIR_20_TRN_02_TRN_03_SceneTransitionForms()
    {
        TransitionSpec? Of(string value) => Parse($"One\n---\n(transition: {value})\nTwo").Scenes[1].Transition;
        Assert.AreEqual(TransitionSpec.None, Of("none"));
        Assert.AreEqual(new TransitionSpec("crossfade", 1), Of("1"));
        Assert.AreEqual(new TransitionSpec("slide-left", 0.3), Of("slide-left 0.3"));
    }

    [TestMethod]
    public void DIR_22_VideoLongFormVolumeAndMute()
    {
        var videos = Parse("(video: file: a.mp4, volume: 2.0)\n---\n(video:\n  file: b.mp4\n  volume: mute\n)").Scenes.SelectMany(s => s.All<VisualAsset>()).ToList();
        Assert.AreEqual("a.mp4", videos[0].Path);
        Assert.AreEqual(0, videos[1].Options.Volume);
    }

    [TestMethod]
    public void DIR_22_UnknownSyncIsAnErrorWithTheKnownOnes()
    {
        var error = Parse("(video:\n  file: a.mp4\n  sync: lop\n)").Diagnostics.Single();
        Assert.AreEqual(DiagnosticCodes.UnknownSync, error.Code);
        StringAssert.Contains(error.Message, "did you mean 'loop'?");
    }

    [TestMethod]
    public void DIR_12_HeaderOnlyPropertiesAsDirectionsAreErrors()
    {
        Assert.AreEqual(DiagnosticCodes.HeaderOnlyDirection, Parse("(background: corporate-1)").Diagnostics.Single().Code);
    }

    [TestMethod]
    public void AST_11_AST_13_AST_15_TokensInAnyOrder()
    {
        var options = Parse("![mute top-left contain loop-audio](a.mp4)").Scenes.Single().All<VisualAsset>().Single().Options;
        Assert.AreEqual((Fit.Contain, "top-left", VideoSync.LoopAudio, 0.0), (options.Fit, options.Anchor, options.Sync, options.Volume));
        Assert.AreEqual("end", Parse("![end](a.mp4)").Scenes.Single().All<VisualAsset>().Single().Options.Still);
    }

    [TestMethod]
    public void AST_16_PercentSizeIsAnIgnoredOptionWithAWarning()
    {
        Assert.AreEqual(DiagnosticCodes.UnknownAssetOption, Parse("![25%](a.png)").Diagnostics.Single().Code);
    }

    [TestMethod]
    public void SCN_10_ASceneOfDirectionsOnly()
    {
        var scene = Parse("(video: file: Intro.mov, volume: 2.0)").Scenes.Single();
        Assert.AreEqual(2.0, scene.All<VisualAsset>().Single().Options.Volume);
        Assert.IsFalse(scene.All<Narration>().Any());
    }

    [TestMethod]
    public void NAR_07_CjkScriptsParseAsNarrationAndSlides()
    {
        var script = Parse("---\nvoice: Yuriko\n---\n```\nKong ゲートウェイ\n```\nこんにちは、Kong Gateway のデモです。\n---\n(voice: Min-ho)\n안녕하세요.");
        Assert.IsFalse(script.HasErrors);
        Assert.AreEqual("こんにちは、Kong Gateway のデモです。", script.Scenes[0].All<Narration>().Single().Display);
        Assert.AreEqual("Kong ゲートウェイ", script.Scenes[0].All<TextSlide>().Single().Text);
        Assert.AreEqual("안녕하세요.", script.Scenes[1].All<Narration>().Single().Spoken);
    }

    [TestMethod]
    public void DIR_04_DirectionsDoNotCarryIntoTheNextScene()
    {
        var script = Parse("(theme: light)\n(font-size: 20)\n\n```\nA\n```\n---\n```\nB\n```");
        Assert.AreEqual("light", script.Scenes[0].Theme);
        Assert.IsNull(script.Scenes[1].Theme);
        Assert.IsNull(script.Scenes[1].All<TextSlide>().Single().FontSize);
    }
}
