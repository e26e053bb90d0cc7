using DocsVideo.Script;

namespace DocsVideo.Core.Tests.Media;

/// <summary>Small real renders (320x180, 25 fps) checked the way a viewer would: picture, sound, timing, subtitles.</summary>
[TestClass]
public sealed class RenderTests
{
    private const string Small = "---\nsize: 320x180\n";
    private const double Frame = 1 / 25.0;

    [TestMethod]
    public void DIR_10_TIM_02_PauseIsSilentThenNarrationIsAudible()
    {
        var render = new Render();
        Measure.SolidImage(render.File("red.png"), 640, 360, "red");
        var result = render.Run(Small + "---\n(pause: 1)\n\n![](red.png)\n\nHello there, this is a test of the narration.");
        Render.AssertSucceeded(result);
        var speech = result.Plan!.Scenes[0].Speech.Single();
        Assert.AreEqual(1.1, speech.Start, 1e-9, "narration starts after the pause and the 0.1 s lead-in");
        Assert.AreEqual(result.Plan.TotalSeconds, Measure.Duration(render.Video), Frame);
        Assert.IsLessThan(-60, Measure.Loudness(render.Video, 0.05, 1.0), "the pause is silent");
        Assert.IsGreaterThan(-35, Measure.Loudness(render.Video, 1.2, 1.1 + speech.Seconds - 0.1), "the narration is audible");
        var (r, g, b) = Measure.Pixel(render.Video, 0.5, 160, 90);
        Assert.IsTrue(r > 200 && g < 50 && b < 50, $"the red picture fills the frame, got {(r, g, b)}");
        var video = Measure.Stream(render.Video, "video");
        Assert.AreEqual((320, 180), (video.GetProperty("width").GetInt32(), video.GetProperty("height").GetInt32()));
        Assert.AreEqual("h264", video.GetProperty("codec_name").GetString());
        Assert.AreEqual(48000, int.Parse(Measure.Stream(render.Video, "audio").GetProperty("sample_rate").GetString()!));
    }

    [TestMethod]
    public void VID_01_ShortClipHoldsItsLastFrameUntilTheNarrationEnds()
    {
        var render = new Render();
        Measure.TwoColourClip(render.File("clip.mp4"), 1.0, "blue", "lime");
        var result = render.Run(Small + "---\n![](clip.mp4)\nThis narration is clearly longer than the one second clip it talks over.");
        Render.AssertSucceeded(result);
        var scene = result.Plan!.Scenes.Single();
        Assert.IsGreaterThan(2.0, scene.Frames * Frame, "the scene lasts as long as the narration");
        var (r, g, b) = Measure.Pixel(render.Video, scene.Frames * Frame - 0.3, 160, 90);
        Assert.IsTrue(g > 200 && r < 60 && b < 60, $"the clip's last (green) frame holds, got {(r, g, b)}");
        var early = Measure.Pixel(render.Video, 0.2, 160, 90);
        Assert.IsTrue(early.B > 200 && early.G < 60, $"the clip plays from its start (blue), got {early}");
    }

    [TestMethod]
    public void VID_01_LongClipSetsTheSceneLength()
    {
        var render = new Render();
        Measure.TwoColourClip(render.File("clip.mp4"), 4.0, "blue", "lime");
        var result = render.Run(Small + "---\n![](clip.mp4)\nShort.");
        Render.AssertSucceeded(result);
        Assert.AreEqual(4.0, result.Plan!.TotalSeconds, Frame);
        Assert.AreEqual(4.0, Measure.Duration(render.Video), Frame);
    }

    [TestMethod]
    public void TRN_07_CrossfadeBlendsWithoutLengtheningTheVideo()
    {
        var render = new Render();
        Measure.SolidImage(render.File("red.png"), 320, 180, "red");
        Measure.SolidImage(render.File("blue.png"), 320, 180, "blue");
        var result = render.Run(Small + "transition: crossfade 0.4\n---\n![](red.png)\n(duration: 1)\n---\n![](blue.png)\n(duration: 1)");
        Render.AssertSucceeded(result);
        Assert.AreEqual(2.0, Measure.Duration(render.Video), Frame, "transitions do not lengthen the video");
        var before = Measure.Pixel(render.Video, 0.9, 160, 90);
        var middle = Measure.Pixel(render.Video, 1.2, 160, 90);
        var after = Measure.Pixel(render.Video, 1.8, 160, 90);
        Assert.IsTrue(before.R > 200 && before.B < 50, $"red before the boundary, got {before}");
        Assert.IsTrue(middle.R is > 60 and < 200 && middle.B is > 60 and < 200, $"a blend halfway through the crossfade, got {middle}");
        Assert.IsTrue(after.B > 200 && after.R < 50, $"blue after the crossfade, got {after}");
    }

    [TestMethod]
    public void AST_10_ContainPadsWithBlackAndCoverFills()
    {
        var render = new Render();
        Measure.SolidImage(render.File("square.png"), 200, 200, "white");
        Render.AssertSucceeded(render.Run(Small + "---\n![contain](square.png)\n(duration: 1)"));
        var bar = Measure.Pixel(render.Video, 0.5, 10, 90);
        var centre = Measure.Pixel(render.Video, 0.5, 160, 90);
        Assert.IsTrue(bar.R < 20 && bar.G < 20 && bar.B < 20, $"black bar at the side, got {bar}");
        Assert.IsGreaterThan(230, centre.R, "the picture in the middle");
        Render.AssertSucceeded(render.Run(Small + "---\n![](square.png)\n(duration: 1)"));
        Assert.IsGreaterThan(230, Measure.Pixel(render.Video, 0.5, 10, 90).R, "cover fills the whole frame");
    }

    [TestMethod]
    public void SUB_02_SUB_04_EmbeddedTrackHasOneCuePerParagraphTimedToTheSpeech()
    {
        var render = new Render();
        var result = render.Run(Small + "subtitles: embed\n---\nFirst paragraph of narration.\n\nSecond paragraph here.\n---\n(pause: 1)\n\nThird one.");
        Render.AssertSucceeded(result);
        var cues = Measure.Cues(render.Video);
        var planned = result.Plan!.Cues;
        Assert.HasCount(3, cues);
        for (var i = 0; i < 3; i++)
        {
            Assert.AreEqual(planned[i].Start, cues[i].Start, Frame, $"cue {i + 1} start");
            Assert.AreEqual(planned[i].End, cues[i].End, Frame, $"cue {i + 1} end");
        }
        Assert.AreEqual("Second paragraph here.", cues[1].Text);
        Assert.AreEqual(0.2, cues[1].Start - cues[0].End, 0.01, "0.2 s between paragraphs (TIM-02)");
        var track = Measure.Stream(render.Video, "subtitle");
        Assert.AreEqual("mov_text", track.GetProperty("codec_name").GetString());
        Assert.AreEqual("eng", track.GetProperty("tags").GetProperty("language").GetString());
        // The cue is where the voice is: loud inside the cue, quiet in the gap before the third scene's speech.
        Assert.IsGreaterThan(-35, Measure.Loudness(render.Video, cues[2].Start + 0.05, cues[2].End - 0.05));
    }

    [TestMethod]
    public void BGM_01_MusicPlaysUnderAPauseOnlyWhenAsked()
    {
        var render = new Render();
        Render.AssertSucceeded(render.Run(Small + "background: corporate-1\n---\n(pause: 3)"));
        Assert.IsGreaterThan(-40, Measure.Loudness(render.Video, 0.5, 2.5), "music under the pause");
        Render.AssertSucceeded(render.Run(Small + "---\n(pause: 3)"));
        Assert.IsLessThan(-60, Measure.Loudness(render.Video, 0.5, 2.5), "silence without background");
    }

    [TestMethod]
    public void BGM_05_FadeInStartsQuietAndRises()
    {
        var render = new Render();
        Render.AssertSucceeded(render.Run(Small + "background: ukulele-1 fade-in fade-out\n---\n(pause: 8)"));
        var start = Measure.Loudness(render.Video, 0, 0.3);
        var middle = Measure.Loudness(render.Video, 3, 5);
        var end = Measure.Loudness(render.Video, 8.4, 8.7);
        Assert.IsGreaterThan(start + 10, middle, $"fade-in: {start:0.0} dB at the start, {middle:0.0} dB later");
        Assert.IsGreaterThan(end + 10, middle, $"fade-out: {end:0.0} dB at the end");
    }

    [TestMethod]
    public void Cache_SecondRenderReusesEverySceneAndAnEditRendersOneScene()
    {
        var render = new Render();
        const string Script = Small + "---\nScene one.\n---\nScene two.\n---\nScene three.";
        Assert.AreEqual(3, render.Run(Script).Report!.Rendered);
        Assert.AreEqual(0, render.Run(Script).Report!.Rendered, "nothing changed, nothing rendered");
        var edited = render.Run(Script.Replace("Scene two.", "Scene two, now with a much longer sentence."));
        Assert.AreEqual(1, edited.Report!.Rendered);
        Assert.IsTrue(edited.Report.Scenes[1].Rendered);
        Assert.AreEqual(edited.Plan!.TotalSeconds, Measure.Duration(render.Video), Frame);
    }

    [TestMethod]
    public void Cache_ANarrationEditKeepsTheTransitions_APictureEditRedrawsItsTwo()
    {
        var render = new Render();
        Measure.SolidImage(render.File("red.png"), 320, 180, "red");
        Measure.SolidImage(render.File("blue.png"), 320, 180, "blue");
        Measure.SolidImage(render.File("lime.png"), 320, 180, "lime");
        const string Script = Small + "transition: crossfade 0.4\n---\n![](red.png)\nOne.\n---\n![](blue.png)\nTwo.\n---\n![](red.png)\nThree.";
        Assert.AreEqual(2, render.Run(Script).Report!.TransitionsRendered);
        var longer = render.Run(Script.Replace("Two.", "Two, said at much greater length than before."));
        Assert.AreEqual((1, 0), (longer.Report!.Rendered, longer.Report.TransitionsRendered), "the same pictures blend the same way: both transitions reused");
        Assert.AreEqual(longer.Plan!.TotalSeconds, Measure.Duration(render.Video), Frame);
        var blend = Measure.Pixel(render.Video, longer.Plan.Scenes[1].StartFrame / 25.0 + 0.2, 160, 90);
        Assert.IsTrue(blend.R is > 60 and < 200 && blend.B is > 60 and < 200, $"the reused crossfade still blends red into blue, got {blend}");
        var repainted = render.Run(Script.Replace("blue.png", "lime.png"));
        Assert.AreEqual((1, 2), (repainted.Report!.Rendered, repainted.Report.TransitionsRendered), "a new picture: its scene and both transitions");
    }

    [TestMethod]
    public void Cache_ASceneRenderedAloneJoinsScenesRenderedSideBySide()
    {
        // Side by side, each scene's ffmpeg gets one thread; alone (an edit), it gets every core. The thread count
        // changes the encoder's bits but not its parameter sets, so the pieces still join into one clean stream.
        var render = new Render();
        Measure.TwoColourClip(render.File("a.mp4"), 2, "red", "blue");
        Measure.TwoColourClip(render.File("b.mp4"), 2, "lime", "yellow");
        const string Script = Small + "transition: crossfade 0.3\n---\n![](a.mp4)\nFirst.\n---\n![](b.mp4)\nSecond.\n---\n![](a.mp4)\nThird.";
        Render.AssertSucceeded(render.Run(Script));
        var edited = render.Run(Script.Replace("Second.", "Second, and said at some length."));
        Assert.AreEqual(1, edited.Report!.Rendered);
        // Stream copy needs one set of parameter sets (SPS and PPS) in every piece: ffmpeg itself would decode a join
        // of different ones, players may not.
        var pieces = Directory.EnumerateFiles(Path.Combine(render.Cache, "segments"), "*.mp4")
            .Concat(Directory.EnumerateFiles(Path.Combine(render.Cache, "transitions"), "*.mp4")).ToList();
        Assert.IsGreaterThan(6, pieces.Count, "segments and heads of both renders, and the transitions");
        var parameterSets = pieces.Select(ParameterSets).Distinct().ToList();
        Assert.HasCount(1, parameterSets, "every piece has the same SPS and PPS");
        Assert.AreEqual(edited.Plan!.TotalFrames, Measure.FrameCount(render.Video));
        var yellow = Measure.Pixel(render.Video, edited.Plan.Scenes[1].StartFrame / 25.0 + 1.5, 160, 90);
        Assert.IsTrue(yellow is { R: > 200, G: > 200, B: < 80 }, $"the re-rendered scene shows its clip's second half, got {yellow}");
    }

    [TestMethod]
    public void OUT_02_AtEveryFrameRateTheVideoHasExactlyThePlannedFrames()
    {
        var render = new Render();
        Measure.SolidImage(render.File("red.png"), 320, 180, "red");
        foreach (var fps in new[] { 24, 25, 30, 60 })
        {
            // Lengths that leave odd remainders of held seconds, around a transition head.
            var result = render.Run($"---\nsize: 320x180\nfps: {fps}\ntransition: crossfade 0.3\n---\n![](red.png)\n(duration: 1.37)\n---\n```\nHi\n```\n(duration: 2.71)\n---\n![](red.png)\n(duration: 0.23)");
            Render.AssertSucceeded(result);
            Assert.AreEqual(result.Plan!.TotalFrames, Measure.FrameCount(render.Video), $"{fps} fps");
            var times = Measure.Run("ffprobe", "-v", "error", "-select_streams", "v", "-show_entries", "packet=pts", "-of", "csv=p=0", render.Video)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).Order().ToList();
            Assert.AreEqual(times.Count, times.Distinct().Count(), $"{fps} fps: every frame has its own time");
        }
    }

    [TestMethod]
    public void OUT_04_APosterPictureOfTheFirstSceneLiesBesideTheVideo()
    {
        var render = new Render();
        Measure.SolidImage(render.File("red.png"), 320, 180, "red");
        Measure.SolidImage(render.File("blue.png"), 320, 180, "blue");
        Render.AssertSucceeded(render.Run(Small + "---\n![](red.png)\n(duration: 1)\n---\n![](blue.png)\n(duration: 1)"));
        var poster = Path.ChangeExtension(render.Video, ".png");
        var picture = Measure.Stream(poster, "video");
        Assert.AreEqual((320, 180), (picture.GetProperty("width").GetInt32(), picture.GetProperty("height").GetInt32()));
        var (r, g, b) = Measure.Pixel(poster, 0, 160, 90);
        Assert.IsTrue(r > 200 && b < 60, $"the first scene (red), got {(r, g, b)}");
    }

    [TestMethod]
    public void AST_04_MissingAssetIsAnErrorAtTheReferenceAndKeepsThePreviousVideo()
    {
        var render = new Render();
        Render.AssertSucceeded(render.Run(Small + "---\nGood video."));
        var before = File.ReadAllBytes(render.Video);
        var result = render.Run(Small + "---\nIntro.\n\n![](missing.png)");
        var error = Render.SingleError(result);
        Assert.AreEqual(DiagnosticCodes.AssetMissing, error.Code);
        Assert.AreEqual((6, 5), (error.Line, error.Column));
        StringAssert.StartsWith(error.ToString(), Path.Combine(render.Folder, "video.vmd") + "(6,5): error DV2001: asset 'missing.png' was not found");
        CollectionAssert.AreEqual(before, File.ReadAllBytes(render.Video), "the previous video is untouched");
        Assert.HasCount(1, Directory.GetFiles(Path.GetDirectoryName(render.Video)!, "*.mp4*"), "no half-written file beside it");
    }

    [TestMethod]
    public void AST_02_PathsLeavingTheProjectOrUsingProtocolsAreRefused()
    {
        var render = new Render();
        foreach (var reference in new[] { "../outside.png", "/etc/passwd.png", "concat:a.mp4|b.mp4", "http://example.com/x.png" })
            Assert.AreEqual(DiagnosticCodes.AssetOutsideProject, Render.SingleError(render.Run(Small + $"---\n![]({reference})")).Code, reference);
    }

    [TestMethod]
    public void ToolMissing_NamesThePackageToInstall()
    {
        Environment.SetEnvironmentVariable("DOCSVIDEO_ESPEAK_NG", "/nonexistent/espeak-ng");
        try
        {
            var error = Render.SingleError(new Render().Run(Small + "---\nSpeak."));
            Assert.AreEqual(DiagnosticCodes.ToolMissing, error.Code);
            StringAssert.Contains(error.Message, "apt-get install espeak-ng");
        }
        finally { Environment.SetEnvironmentVariable("DOCSVIDEO_ESPEAK_NG", null); }
    }

    [TestMethod]
    public void SUB_02_OverlaySubtitlesAreBurnedInOnlyWhileTheirCueLasts()
    {
        var render = new Render();
        var result = render.Run(Small + "subtitles: overlay\n---\nWords on screen.\n\n(pause: 2)");
        Render.AssertSucceeded(result);
        var cue = result.Plan!.Cues.Single();
        Assert.AreEqual(0, Measure.CountStreams(render.Video, "subtitle"), "burned in, not a track");
        var during = Measure.DarkShare(render.Video, (cue.Start + cue.End) / 2, 60, 150, 200, 26);
        var after = Measure.DarkShare(render.Video, cue.End + 1.0, 60, 150, 200, 26);
        Assert.IsGreaterThan(0.02, during, "black subtitle text near the bottom while the cue lasts");
        Assert.AreEqual(0, after, 0.001, "nothing drawn once the cue has ended");
    }

    [TestMethod]
    public void SUB_05_SUB_06_QuoteCaptionsShowWithoutASubtitlesHeader()
    {
        var render = new Render();
        var result = render.Run(Small + "---\n> Shown on screen\n\n(pause: 2)\n---\n(pause: 1)");
        Render.AssertSucceeded(result);
        Assert.IsGreaterThan(0.02, Measure.DarkShare(render.Video, 1.0, 60, 150, 200, 26), "the caption is drawn in the silent scene");
        Assert.AreEqual(0, Measure.DarkShare(render.Video, 3.2, 60, 150, 200, 26), 0.001, "the next scene has no caption");
    }

    [TestMethod]
    public void SUB_03_SUB_09_BreakSplitsALongParagraphIntoCuesThatCoverItsSpeech_WrittenAsSrtAndVtt()
    {
        var render = new Render();
        var result = render.Run(Small + "subtitles:\n  mode: external\n  break: 30\n---\nThis is a long paragraph. It has more than one sentence, and many words in each of them.");
        Render.AssertSucceeded(result);
        var cues = result.Plan!.Cues;
        Assert.IsGreaterThan(2, cues.Count);
        Assert.IsTrue(cues.All(c => c.Text.Length <= 40), string.Join(" | ", cues.Select(c => c.Text)));
        var speech = result.Plan.Scenes[0].Speech.Single();
        Assert.AreEqual(speech.Start, cues[0].Start, 1e-9);
        Assert.AreEqual(speech.Start + speech.Seconds, cues[^1].End, 1e-9);
        var srt = File.ReadAllText(Path.ChangeExtension(render.Video, ".srt"));
        StringAssert.StartsWith(srt, "1\n00:00:00,100 --> ");
        StringAssert.StartsWith(File.ReadAllText(Path.ChangeExtension(render.Video, ".vtt")), "WEBVTT\n\n00:00:00.100 --> ");
    }

    [TestMethod]
    public void Draft_RendersHalfSizeIntoItsOwnSegments()
    {
        var render = new Render();
        const string Script = Small + "---\n(pause: 1)";
        var release = render.Run(Script);
        var draft = render.Run(Script, draft: true);
        Render.AssertSucceeded(draft);
        var video = Measure.Stream(render.Video, "video");
        Assert.AreEqual((160, 90), (video.GetProperty("width").GetInt32(), video.GetProperty("height").GetInt32()));
        Assert.AreNotEqual(release.Plan!.Scenes[0].ContentKey, draft.Plan!.Scenes[0].ContentKey);
        Assert.AreEqual(1, draft.Report!.Rendered);
    }

    [TestMethod]
    public void BGM_07_DuckingLowersTheMusicUnderSpeechOnly()
    {
        var render = new Render();
        const string Script = Small + "background: uplifting-1\nloudness: off\nducking: {0}\n---\nThis sentence is spoken over the music for a few seconds.\n\n(pause: 4)";
        double Drop(string ducking)
        {
            var result = render.Run(string.Format(Script, ducking));
            Render.AssertSucceeded(result);
            var speech = result.Plan!.Scenes[0].Speech.Single();
            // Below 120 Hz is music only (the voice has next to nothing there).
            var under = Measure.Loudness(render.Video, speech.Start + 0.5, speech.Start + speech.Seconds - 0.2, "lowpass=f=120");
            var between = Measure.Loudness(render.Video, speech.Start + speech.Seconds + 1.5, speech.Start + speech.Seconds + 3.5, "lowpass=f=120");
            return between - under;
        }
        var ducked = Drop("on");
        var plain = Drop("off");
        Assert.IsGreaterThan(5, ducked, $"music {ducked:0.0} dB quieter under speech with ducking");
        Assert.IsLessThan(3, Math.Abs(plain), $"a constant level without ducking (BGM-07), differed by {plain:0.0} dB");
    }

    [TestMethod]
    public void Loudness_MixMeetsTheTargetAndCanBeSwitchedOff()
    {
        var render = new Render();
        const string Script = Small + "{0}---\nA few sentences of narration, so that the loudness meter has enough speech to measure. It goes on for a while, and then it stops.";
        Render.AssertSucceeded(render.Run(string.Format(Script, "")));
        Assert.AreEqual(-16, Measure.IntegratedLoudness(render.Video), 1.5, "default target");
        Render.AssertSucceeded(render.Run(string.Format(Script, "loudness: -23\n")));
        Assert.AreEqual(-23, Measure.IntegratedLoudness(render.Video), 1.5, "the header's target");
    }

    [TestMethod]
    public void Cache_ReorderingScenesAndSharingThemAcrossScriptsReusesSegments_WhileAnyPictureInputRendersAgain()
    {
        var render = new Render();
        Measure.SolidImage(render.File("a.png"), 320, 180, "red");
        const string One = "![](a.png)\nScene one.";
        const string Two = "(canvas: navy)\n\n```\nSlide\n```\nScene two.";
        Assert.AreEqual(2, render.Run(Small + $"---\n{One}\n---\n{Two}").Report!.Rendered);
        Assert.AreEqual(0, render.Run(Small + $"---\n{Two}\n---\n{One}").Report!.Rendered, "reordered: every segment reused");
        Assert.AreEqual(0, render.Run(Small + $"---\n{Two}", "other.vmd").Report!.Rendered, "another script with the same scene shares it");
        Assert.AreEqual(1, render.Run(Small + $"theme: light\n---\n{Two}", "other.vmd").Report!.Rendered, "the theme is part of the key");
        Assert.AreEqual(1, render.Run(Small.Replace("320x180", "352x198") + $"---\n{Two}", "other.vmd").Report!.Rendered, "the frame size is part of the key");
        Measure.SolidImage(render.File("a.png"), 320, 180, "lime");
        Assert.AreEqual(1, render.Run(Small + $"---\n{Two}\n---\n{One}").Report!.Rendered, "the picture's bytes are part of the key");
    }

    [TestMethod]
    public void VID_02_03_04_05_07_SyncRulesSetTheSceneLength()
    {
        var render = new Render();
        Measure.TwoColourClip(render.File("long.mp4"), 6.0, "blue", "lime");
        Measure.TwoColourClip(render.File("short.mp4"), 1.0, "blue", "lime");
        const string Narration = "A narration of a few seconds, longer than one second.";
        double Length(string clip, string sync)
        {
            var result = render.Run(Small + $"---\n![{sync}]({clip})\n{Narration}");
            Render.AssertSucceeded(result);
            Assert.AreEqual(result.Plan!.TotalSeconds, Measure.Duration(render.Video), Frame, $"{sync}: video length is the plan's");
            return result.Plan.TotalSeconds;
        }
        var narration = Length("short.mp4", "match");
        Assert.IsTrue(narration is > 2 and < 6, $"narration {narration}");
        Assert.AreEqual(narration, Length("long.mp4", "match"), Frame, "match: the clip is squeezed to the narration");
        Assert.AreEqual(narration, Length("long.mp4", "trim"), Frame, "trim: the clip is cut where the narration ends");
        Assert.AreEqual(Measure.Duration(render.File("short.mp4")), Length("short.mp4", "trim"), Frame + 0.001, "trim: a short clip ends the scene, cutting the narration");
        Assert.AreEqual(narration, Length("short.mp4", "loop"), Frame, "loop: a short clip repeats for the narration");
        var clip = Measure.Duration(render.File("long.mp4"));
        Assert.AreEqual(clip, Length("long.mp4", "loop"), Frame + 0.001, "loop: a long clip plays whole, the narration once");
        var repeated = render.Run(Small + $"---\n![loop-audio](long.mp4)\n{Narration}");
        Assert.AreEqual(clip, repeated.Plan!.TotalSeconds, Frame + 0.001);
        Assert.IsGreaterThan(1, repeated.Plan.Scenes[0].Speech.Count, "loop-audio: the narration repeats until the clip ends");
        // VID-07: a 0.1 s segment stretched over the narration.
        Assert.AreEqual(narration, Length("long.mp4", "00:01-00:01.1 match"), Frame);
    }

    [TestMethod]
    public void VID_06_TRN_07_AFlashAndABeepInAClipArriveTogetherAfterATransition()
    {
        var render = new Render();
        // A 2 s clip: black, then at 1.0 s a white flash and a 1 kHz beep, both 0.12 s long.
        Measure.Ffmpeg("-f", "lavfi", "-i", "color=c=black:s=320x180:r=25:d=2", "-f", "lavfi", "-i", "sine=frequency=1000:d=2:sample_rate=48000",
            "-filter_complex", "[0:v]drawbox=c=white:t=fill:enable='between(t,1,1.12)'[v];[1:a]volume=enable='not(between(t,1,1.12))':volume=0[a]",
            "-map", "[v]", "-map", "[a]", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", render.File("flash.mp4"));
        Measure.SolidImage(render.File("grey.png"), 320, 180, "gray");
        var result = render.Run(Small + "transition: crossfade 0.4\nloudness: off\n---\n![](grey.png)\n(duration: 1.3)\n---\n![](flash.mp4)");
        Render.AssertSucceeded(result);
        var expected = result.Plan!.Scenes[1].StartFrame * Frame + 1.0;
        var flash = Enumerable.Range(0, 30).Select(k => expected - 0.4 + k * Frame).First(t => Measure.Pixel(render.Video, t, 160, 90).R > 200);
        var beep = Enumerable.Range(0, 80).Select(k => expected - 0.4 + k * 0.01).First(t => Measure.Loudness(render.Video, t, t + 0.01) > -30);
        Assert.AreEqual(expected, flash, Frame + 0.001, "the flash is where the plan puts it");
        Assert.AreEqual(flash, beep, Frame + 0.001, $"picture and sound together: flash at {flash:0.000} s, beep at {beep:0.000} s");
    }

    /// <summary>The H.264 parameter sets of a file's video stream, as ffprobe prints its extradata.</summary>
    private static string ParameterSets(string path)
    {
        var dump = Measure.Run("ffprobe", "-v", "error", "-select_streams", "v", "-show_streams", "-show_data", path);
        var start = dump.IndexOf("extradata=", StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, start, $"{path} has no extradata");
        return dump[start..dump.IndexOf("extradata_size", start, StringComparison.Ordinal)];
    }
}
