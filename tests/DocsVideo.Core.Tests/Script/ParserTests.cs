using DocsVideo.Script;

namespace DocsVideo.Core.Tests.Script;

[TestClass]
public sealed class ParserTests
{
    private static VideoScript Parse(string text) => ScriptParser.Parse("test.vmd", text);

    [TestMethod]
    public void HDR_01_NoHeaderWhenFirstLineIsNotSeparator()
    {
        var script = Parse("Hello there.\n---\nSecond scene.");
        Assert.AreEqual(1280, script.Header.Width);
        Assert.HasCount(2, script.Scenes);
    }

    [TestMethod]
    public void HDR_10_SizeNamesAndCustomSizes()
    {
        Assert.AreEqual((1920, 1080), Size("1080p"));
        Assert.AreEqual((1280, 720), Size("720p"));
        Assert.AreEqual((3840, 2160), Size("4k"));
        Assert.AreEqual((1080, 1920), Size("1080x1920"));
        static (int, int) Size(string value)
        {
            var h = ScriptParser.Parse("t.vmd", $"---\nsize: {value}\n---\nHi").Header;
            return (h.Width, h.Height);
        }
    }

    [TestMethod]
    public void HDR_10_AbsurdSizeIsAnErrorAtItsLine()
    {
        var script = Parse("---\nvoice: Brian\nsize: 100000x100000\n---\nHi");
        var error = script.Diagnostics.Single(d => d.IsError);
        Assert.AreEqual(DiagnosticCodes.InvalidSize, error.Code);
        Assert.AreEqual(3, error.Line);
    }

    [TestMethod]
    public void HDR_02_MalformedYamlReportsTheLineOfTheYamlError()
    {
        var script = Parse("---\nsize: 1080p\ntheme: [light\n---\nHi");
        var error = script.Diagnostics.Single(d => d.IsError);
        Assert.AreEqual(DiagnosticCodes.HeaderYaml, error.Code);
        Assert.IsTrue(error.Line is >= 3 and <= 4, $"line {error.Line}");
        StringAssert.StartsWith(error.ToString(), "test.vmd(");
    }

    [TestMethod]
    public void HDR_20_UnknownKeysWarnButTargetIsAccepted()
    {
        var script = Parse("---\ntarget: online\nsubtitels: embed\n---\nHi");
        var warning = script.Diagnostics.Single();
        Assert.AreEqual(Severity.Warning, warning.Severity);
        Assert.AreEqual(DiagnosticCodes.UnknownHeaderKey, warning.Code);
        StringAssert.Contains(warning.Message, "did you mean 'subtitles'");
    }

    [TestMethod]
    public void HDR_12_TransitionShortAndMapForms()
    {
        Assert.AreEqual(new TransitionSpec("crossfade", 0.2), Parse("---\ntransition: crossfade 0.2\n---\nHi").Header.Transition);
        Assert.AreEqual(new TransitionSpec("wipe", 0.5), Parse("---\ntransition: {type: wipe, duration: 0.5}\n---\nHi").Header.Transition);
    }

    [TestMethod]
    public void TRN_04_UnknownTypeAndDurationOutOfRangeAreErrors()
    {
        var typo = Parse("---\ntransition: crosfade 0.2\n---\nHi").Diagnostics.Single();
        Assert.AreEqual(DiagnosticCodes.UnknownTransition, typo.Code);
        StringAssert.Contains(typo.Message, "did you mean 'crossfade'?");
        Assert.AreEqual(DiagnosticCodes.TransitionDuration, Parse("---\ntransition: wipe 61\n---\nHi").Diagnostics.Single().Code);
    }

    [TestMethod]
    public void BGM_04_05_BackgroundWithVolumeAndFades()
    {
        var music = Parse("---\nbackground: uplifting-2 0.6 fade-in fade-out\n---\nHi").Header.Background!;
        Assert.AreEqual("uplifting-2", music.Source);
        Assert.IsTrue(music.IsBuiltIn);
        Assert.AreEqual(0.6, music.Volume);
        Assert.IsTrue(music.FadeIn && music.FadeOut);
    }

    [TestMethod]
    public void BGM_03_UnknownBuiltInTrackIsAnError()
    {
        var error = Parse("---\nbackground: corprate-1\n---\nHi").Diagnostics.Single();
        Assert.AreEqual(DiagnosticCodes.UnknownMusic, error.Code);
        StringAssert.Contains(error.Message, "corporate-1");
    }

    [TestMethod]
    public void SCN_03_SeparatorDirectlyUnderTextSplitsScenes()
    {
        var script = Parse("First scene text\n---\nSecond scene text\n------------------------------\nThird");
        Assert.HasCount(3, script.Scenes);
        Assert.AreEqual("Second scene text", script.Scenes[1].All<Narration>().Single().Display);
    }

    [TestMethod]
    public void SCN_04_SeparatorInsideCodeFenceIsNotOne()
    {
        var script = Parse("```yml\n---\nsize: 720p\n---\n```\nNarration");
        Assert.HasCount(1, script.Scenes);
        Assert.AreEqual("---\nsize: 720p\n---", script.Scenes[0].All<TextSlide>().Single().Text);
    }

    [TestMethod]
    public void SCN_05_CommentsHideWholeScenesAndKeepLineNumbers()
    {
        var script = Parse("One\n<!--\n---\nHidden\n-->\n---\nTwo");
        Assert.HasCount(2, script.Scenes);
        Assert.AreEqual(7, script.Scenes[1].All<Narration>().Single().Line);
    }

    [TestMethod]
    public void SCN_07_ImageLineFollowedDirectlyByNarration()
    {
        var scene = Parse("![](x.mp4)\nOK, let's go.\n(voice: Kirk )\nWelcome").Scenes.Single();
        Assert.IsInstanceOfType<VisualAsset>(scene.Elements[0]);
        Assert.AreEqual("OK, let's go.", ((Narration)scene.Elements[1]).Display);
        Assert.AreEqual("Kirk", ((VoiceChange)scene.Elements[2]).Value);
        Assert.AreEqual("Welcome", ((Narration)scene.Elements[3]).Display);
    }

    [TestMethod]
    public void SCN_09_TextOnlyScenesAndCrlfBomTabs()
    {
        var script = Parse("\uFEFF---\r\nsize: 720p\r\n---\r\n(pause: 1)\r\n\r\nHello\tworld\r\n");
        Assert.IsFalse(script.HasErrors);
        Assert.AreEqual("Hello world", script.Scenes.Single().All<Narration>().Single().Spoken);
    }

    [TestMethod]
    public void SCN_11_BodyHeadingIsReadAloudWithAWarning()
    {
        var script = Parse("## Scene — Ordering\nText");
        Assert.AreEqual(DiagnosticCodes.BodyHeading, script.Diagnostics.Single().Code);
        Assert.AreEqual("Scene — Ordering Text", script.Scenes.Single().All<Narration>().Single().Spoken);
    }

    [TestMethod]
    public void SCN_12_EmptySceneIsSkippedWithAWarning()
    {
        var script = Parse("One\n---\n\n---\nTwo");
        Assert.HasCount(2, script.Scenes);
        Assert.AreEqual(DiagnosticCodes.EmptyScene, script.Diagnostics.Single().Code);
    }

    [TestMethod]
    public void DIR_02_MultiLineYamlDirectionWithClosingBracketAlone()
    {
        var scene = Parse("(video:\n  file: stopwatch.mp4\n  segment: 0 - 2\n  sync: loop\n)\nNarration").Scenes.Single();
        var video = scene.All<VisualAsset>().Single();
        Assert.AreEqual("stopwatch.mp4", video.Path);
        Assert.AreEqual(VideoSync.Loop, video.Options.Sync);
        Assert.AreEqual((0.0, 2.0), (video.Options.SegmentStart!.Value, video.Options.SegmentEnd!.Value));
        Assert.AreEqual("Narration", scene.All<Narration>().Single().Display);
    }

    [TestMethod]
    public void DIR_05_UnknownDirectionIsNarrationWithAWarning()
    {
        var script = Parse("(volume: 3)");
        Assert.AreEqual(DiagnosticCodes.UnknownDirection, script.Diagnostics.Single().Code);
        Assert.AreEqual(1, script.Scenes.Single().All<Narration>().Count());
    }

    [TestMethod]
    public void DIR_10_NegativePauseIsAnErrorWithPosition()
    {
        var error = Parse("Hi\n\n(pause: -1)").Diagnostics.Single();
        Assert.AreEqual(DiagnosticCodes.InvalidValue, error.Code);
        Assert.AreEqual((3, 1), (error.Line, error.Column));
    }

    [TestMethod]
    public void DIR_18_LastFontSizeBeforeTheSlideWins()
    {
        var slide = Parse("(font-size: 80)\n(font-size: 30)\n\n```\nTitle\n```\n(font-size: 50)").Scenes.Single().All<TextSlide>().Single();
        Assert.AreEqual(30, slide.FontSize);
    }

    [TestMethod]
    public void DIR_24_CalloutNeedsItsKeys()
    {
        Assert.AreEqual(DiagnosticCodes.CalloutKeys, Parse("(callout:\n  cx: 10\n)").Diagnostics.Single().Code);
        var rect = Parse("(callout:\n  type: rectangle\n  bottom: 100\n  top: 0\n  left: 5\n  right: 50)").Scenes.Single().All<Callout>().Single();
        Assert.AreEqual((5.0, 0.0, 50.0, 100.0), (rect.X1, rect.Y1, rect.X2, rect.Y2));
    }

    [TestMethod]
    public void AST_14_SegmentSyntaxes()
    {
        (double, double) Segment(string token)
        {
            var options = Parse($"![{token}](f.mp4)").Scenes.Single().All<VisualAsset>().Single().Options;
            return (options.SegmentStart!.Value, options.SegmentEnd!.Value);
        }
        Assert.AreEqual((0.0, 8.0), Segment("00-08 match"));
        Assert.AreEqual((10.0, 14.5), Segment("10-14.5"));
        Assert.AreEqual((60.0, 61.0), Segment("01:00-01:01"));
        Assert.AreEqual(39.1, Segment("00:39-00:39.1").Item2, 1e-9);
        Assert.AreEqual(DiagnosticCodes.InvalidSegment, Parse("![10-5](f.mp4)").Diagnostics.Single().Code);
    }

    [TestMethod]
    public void AST_02_PathsWithSpacesAnglesAndPercentEncoding()
    {
        Assert.AreEqual("CAMS Weed App.png", Parse("![](CAMS Weed App.png)").Scenes[0].All<VisualAsset>().Single().Path);
        Assert.AreEqual("a b.png", Parse("![](<a b.png>)").Scenes[0].All<VisualAsset>().Single().Path);
        Assert.AreEqual("a b.png", Parse("![](a%20b.png)").Scenes[0].All<VisualAsset>().Single().Path);
    }

    [TestMethod]
    public void NAR_04_InlineCodeIsSpeltOutAndEmphasisDropped()
    {
        var narration = Parse("Note the claim `ISS` is **very** important.").Scenes.Single().All<Narration>().Single();
        Assert.AreEqual("Note the claim ISS is very important.", narration.Display);
        StringAssert.Contains(narration.Spoken, "I S S");
        Assert.IsFalse(narration.Spoken.Contains('*'));
    }

    [TestMethod]
    public void SUB_05_QuoteBlocksAndTheEmptyQuote()
    {
        var captions = Parse("> First line\n> second line\n\nSpoken\n\n>").Scenes.Single().All<Caption>().ToList();
        Assert.AreEqual("First line\nsecond line", captions[0].Text);
        Assert.AreEqual("", captions[1].Text);
    }

    [TestMethod]
    public void TXT_02_PlainFenceStartingWithHashWarns()
    {
        var script = Parse("```\n# Title\n```");
        Assert.AreEqual(DiagnosticCodes.PlainFenceHeading, script.Diagnostics.Single().Code);
        Assert.AreEqual("# Title", script.Scenes.Single().All<TextSlide>().Single().Text);
    }

    [TestMethod]
    public void ERR_02_UnclosedFenceAndDirectionAreErrors()
    {
        Assert.AreEqual(DiagnosticCodes.UnclosedFence, Parse("```\nno end").Diagnostics.Single().Code);
        Assert.AreEqual(DiagnosticCodes.UnclosedDirection, Parse("(pause: 1\n\nText").Diagnostics.Single().Code);
    }

    [TestMethod]
    public void KongJwtExampleParsesIntoElevenScenes()
    {
        var script = ScriptParser.ParseFile(TestPaths.KongScript);
        Assert.IsFalse(script.HasErrors, string.Join("\n", script.Diagnostics));
        Assert.HasCount(11, script.Scenes);
        Assert.AreEqual((1920, 1080), (script.Header.Width, script.Header.Height));
        Assert.AreEqual(new TransitionSpec("crossfade", 0.2), script.Header.Transition);
        Assert.AreEqual(SubtitleMode.Embed, script.Header.Subtitles.Mode);
        Assert.AreEqual("light", script.Header.Theme);
        Assert.AreEqual(30, script.Scenes[0].All<TextSlide>().Single().FontSize);
        // Scene 9: narration, (pause: 3), narration.
        Assert.AreEqual(3, script.Scenes[8].All<Pause>().Last().Seconds);
        Assert.AreEqual(2, script.Scenes[8].All<Narration>().Count());
    }
}
