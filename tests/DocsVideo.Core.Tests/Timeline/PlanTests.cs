using DocsVideo.Script;
using DocsVideo.Timeline;

namespace DocsVideo.Core.Tests.Timeline;

/// <summary>Checklist items of spec sections 4–7 that the plan decides: what is read, who reads it, and when.</summary>
[TestClass]
public sealed class PlanTests
{
    private const string Small = "---\nsize: 320x180\n";
    private const double Frame = 1 / 25.0;

    private static VideoPlan Plan(Render render, string script, string name = "video.vmd")
    {
        var result = render.Plan(script, name);
        Assert.IsNotNull(result.Plan, string.Join("\n", result.Diagnostics));
        return result.Plan;
    }

    private static VideoPlan Plan(string script) => Plan(new Render(), script);

    [TestMethod]
    public void NAR_01_NAR_06_OnlyTextParagraphsAreReadAloud()
    {
        var render = new Render();
        Measure.SolidImage(render.File("red.png"), 64, 36, "red");
        var plan = Plan(render, Small + "---\n![](red.png)\n\n> A caption\n\n```\nA slide\n```\n\n(pause: 0.5)\n\n<!-- a comment -->\n\nOnly this is read.\n\nAnd this.");
        CollectionAssert.AreEqual(new[] { "Only this is read.", "And this." }, plan.Scenes[0].Speech.Select(s => s.Text).ToArray());
        Assert.IsTrue(plan.Scenes[0].Speech.All(s => s.Seconds > 0.3), "each paragraph is voiced");
    }

    [TestMethod]
    public void NAR_02_ParagraphsArePausedLongerThanSentences()
    {
        var speech = Plan(Small + "---\nFirst sentence. Second sentence.\n\nThird sentence.").Scenes[0].Speech;
        Assert.HasCount(2, speech, "two sentences in one paragraph are one piece of speech");
        Assert.AreEqual(TimingRules.ParagraphGap, speech[1].Start - (speech[0].Start + speech[0].Seconds), 1e-9);
    }

    [TestMethod]
    public void DIR_13_VOI_01_VOI_03_SceneVoiceOverridesTheHeaderVoiceForTheRestOfItsSceneOnly()
    {
        var plan = Plan(Small + "voice: joanna\n---\nFirst.\n\n(voice: Brian)\nSecond.\n---\nThird.");
        CollectionAssert.AreEqual(new[] { "Joanna", "Brian", "Joanna" }, plan.Scenes.SelectMany(s => s.Speech).Select(s => s.Voice).ToArray());
        Assert.AreEqual("eng", plan.SubtitleLanguage, "the voice fixes the language");
    }

    [TestMethod]
    public void DIR_15_VoiceVolumeMakesTheNarrationSofterOrLouder()
    {
        var speech = Plan(Small + "---\n(voice-volume: soft)\nThe same words at one level.\n\n(voice-volume: loud)\nThe same words at one level.").Scenes[0].Speech;
        Assert.IsGreaterThan(Measure.Rms(speech[0].WavPath) * 1.5, Measure.Rms(speech[1].WavPath), "loud is well above soft");
    }

    [TestMethod]
    public void DIR_21_TIM_01_AudioFileSetsTheSceneLength_AndNarrationFollowsIt()
    {
        var render = new Render();
        Measure.Ffmpeg("-f", "lavfi", "-i", "sine=f=440:d=2", render.File("tone.wav"));
        var plan = Plan(render, Small + "---\n(audio: tone.wav)\n---\n(audio: tone.wav)\n\nHello after the tone.");
        var alone = plan.Scenes[0].Frames / 25.0;
        Assert.IsTrue(alone is >= 2.0 and <= 2.0 + TimingRules.LeadIn + TimingRules.Tail + Frame, $"the tone sets the scene: {alone} s");
        var speech = plan.Scenes[1].Speech.Single();
        Assert.IsGreaterThan(2.0, speech.Start, "[OURS] the audio plays first, then the narration");
        Assert.AreEqual(speech.Start + speech.Seconds + TimingRules.Tail, plan.Scenes[1].Frames / 25.0, Frame);
        Assert.HasCount(2, plan.Sounds, "each (audio:) is a sound on the timeline");
    }

    [TestMethod]
    public void TIM_01_TheLongestOfNarrationAndDurationWins()
    {
        var plan = Plan(Small + "---\n(duration: 5)\nShort.\n---\n(duration: 0.5)\nA longer sentence that surely takes more than half a second.\n---\n```\nA slide\n```");
        Assert.AreEqual(5.0, plan.Scenes[0].Frames / 25.0, Frame);
        var speech = plan.Scenes[1].Speech.Single();
        Assert.AreEqual(speech.Start + speech.Seconds + TimingRules.Tail, plan.Scenes[1].Frames / 25.0, Frame);
        Assert.AreEqual(TimingRules.DefaultScene, plan.Scenes[2].Frames / 25.0, Frame, "nothing timed: the 1 s default");
    }

    [TestMethod]
    public void TIM_03_SilentSlideWithAPauseLastsThePausePlusLeadInAndTail()
    {
        var plan = Plan(Small + "---\n```\nSlide\n```\n(pause: 3)");
        Assert.AreEqual(3 + TimingRules.LeadIn + TimingRules.Tail, plan.Scenes[0].Frames / 25.0, Frame);
    }

    [TestMethod]
    public void TXT_10_UnknownThemeNameIsAnError_UnlessACssFileHasThatName()
    {
        var render = new Render();
        var result = render.Plan("---\ntheme: dark\n---\nHi");
        var error = Render.SingleError(result);
        Assert.AreEqual((DiagnosticCodes.UnknownTheme, 2), (error.Code, error.Line));
        StringAssert.Contains(error.Message, "light");
        File.WriteAllText(render.File("dark.css"), "body { background-color: black; color: white; }");
        var plan = Plan(render, "---\ntheme: dark\n---\nHi");
        Assert.AreEqual(render.File("dark.css"), plan.Scenes[0].Theme);
    }

    [TestMethod]
    public void IMG_01_IMG_03_ImagesShareTheNarration_EquallyOrByParagraph()
    {
        var render = new Render();
        Measure.SolidImage(render.File("red.png"), 64, 36, "red");
        Measure.SolidImage(render.File("blue.png"), 64, 36, "blue");
        var plan = Plan(render, Small + "---\n![](red.png)\n\nOne paragraph for one picture.\n---\n![](red.png)\n![](blue.png)\n\nOne paragraph shared by two.\n---\n"
            + "![](red.png)\n![](blue.png)\n\nA paragraph for red.\n\nAnd a much longer paragraph for the blue picture.");
        var one = plan.Scenes[0];
        Assert.AreEqual((0, one.Frames), (one.Visuals.Single().FirstFrame, one.Visuals.Single().Frames), "the image lasts as long as the narration");
        var shared = plan.Scenes[1].Visuals;
        Assert.AreEqual(plan.Scenes[1].Frames, shared.Sum(v => v.Frames));
        Assert.AreEqual(shared[0].Frames, shared[1].Frames, 1, "[OURS] equal parts");
        Assert.AreEqual(shared[0].Frames, shared[1].FirstFrame);
        var byParagraph = plan.Scenes[2];
        var second = byParagraph.Speech[1];
        Assert.AreEqual(second.Start, byParagraph.Visuals[1].FirstFrame / 25.0, 0.25, "[OURS] the blue picture comes with its paragraph");
        Assert.IsGreaterThan(byParagraph.Visuals[0].Frames, byParagraph.Visuals[1].Frames);
    }

    [TestMethod]
    public void SUB_01_SubtitlesComeFromTheNarrationOnlyWhenTheHeaderAsks()
    {
        const string Body = "---\nFirst paragraph.\n\nSecond paragraph.";
        Assert.IsEmpty(Plan(Small + Body).Cues);
        var plan = Plan(Small + "subtitles: embed\n" + Body);
        CollectionAssert.AreEqual(new[] { "First paragraph.", "Second paragraph." }, plan.Cues.Select(c => c.Text).ToArray());
    }

    [TestMethod]
    public void SUB_07_SUB_08_EachCaptionCoversTheParagraphsAfterIt_AndCuesFollowTheSpeech()
    {
        var plan = Plan(Small + "subtitles: embed\n---\n> Caption one\n\nFirst spoken paragraph.\n\nSecond spoken paragraph.\n\n> Caption two\n\nThird paragraph.\n---\n(pause: 1)\n\nAfter a pause.");
        var speech = plan.Scenes[0].Speech;
        var cues = plan.Cues;
        Assert.AreEqual(("Caption one", speech[0].Start, speech[1].Start + speech[1].Seconds), (cues[0].Text, cues[0].Start, cues[0].End));
        Assert.AreEqual(("Caption two", speech[2].Start, speech[2].Start + speech[2].Seconds), (cues[1].Text, cues[1].Start, cues[1].End));
        var after = plan.Scenes[1];
        var spoken = after.Speech.Single();
        Assert.AreEqual(after.StartFrame / 25.0 + spoken.Start, cues[2].Start, 1e-6, "the cue starts with the voice, after the pause");
        Assert.AreEqual(after.StartFrame / 25.0 + spoken.Start + spoken.Seconds, cues[2].End, 1e-6);
    }

    [TestMethod]
    public void TRN_01_ATransitionOnTheFirstSceneIsIgnored()
    {
        var plan = Plan(Small + "transition: crossfade 0.5\n---\nOne.\n---\nTwo.");
        Assert.AreEqual(0, plan.Scenes[0].TransitionFrames);
        Assert.AreEqual(13, plan.Scenes[1].TransitionFrames, 1);
    }

    [TestMethod]
    public void SCN_13_ScriptsNamedMdOrTxtWorkToo()
    {
        foreach (var name in new[] { "video.md", "source.txt" })
            Assert.HasCount(2, Plan(new Render(), Small + "---\nOne.\n---\nTwo.", name).Scenes, name);
    }

    [TestMethod]
    public void TXT_11_SlideAndNarrationShareAScene_AndSeveralSlidesStack()
    {
        var scene = Plan(Small + "---\n```\nTitle card\n```\n\n```md\n# Second\n```\n\nA spoken introduction to the title card.").Scenes[0];
        Assert.HasCount(2, scene.Slides);
        var speech = scene.Speech.Single();
        Assert.AreEqual(speech.Start + speech.Seconds + TimingRules.Tail, scene.Frames / 25.0, Frame, "the slide stays for the narration");
    }

    [TestMethod]
    public void AST_04_AScriptAlreadyInErrorIsNotVoiced_AParagraphAfterAGoodSceneIsVoicedOnce()
    {
        // Paragraphs are voiced while later scenes are still being read; once an error is known, nothing more is
        // (a cloud voice would cost money for a video that will not be made).
        var broken = new Render();
        var result = broken.Plan(Small + "---\n![](missing.png)\n\nThis scene names a file that is not there.\n---\nAnd this one is fine.");
        Assert.AreEqual("DV2001", Render.SingleError(result).Code);
        Assert.IsFalse(Directory.Exists(Path.Combine(broken.Cache, "speech")) && Directory.EnumerateFiles(Path.Combine(broken.Cache, "speech")).Any(),
            "no paragraph was voiced");

        var good = new Render();
        var plan = good.Plan(Small + "---\nSaid twice.\n---\nSaid twice.\n---\nSaid once.").Plan;
        Assert.IsNotNull(plan);
        Assert.HasCount(2, Directory.EnumerateFiles(Path.Combine(good.Cache, "speech"), "*.wav"), "equal paragraphs are voiced once");
        Assert.AreEqual(plan.Scenes[0].Speech.Single().Seconds, plan.Scenes[1].Speech.Single().Seconds);
    }
}
