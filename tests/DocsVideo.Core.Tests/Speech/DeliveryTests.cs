namespace DocsVideo.Core.Tests.Speech;

/// <summary>How the narration is delivered (spec 5.1, 5.2): speed, voices in dialogue, SSML breaks, spelt-out code.</summary>
[TestClass]
public sealed class DeliveryTests
{
    private const string Small = "---\nsize: 320x180\n---\n";
    private const string Sentence = "The quick brown fox jumps over the lazy dog near the river bank.";

    private static IReadOnlyList<DocsVideo.Timeline.PlacedSpeech> Speech(string script)
    {
        var result = new Render().Plan(script);
        Assert.IsNotNull(result.Plan, string.Join("\n", result.Diagnostics));
        return result.Plan.Scenes.SelectMany(s => s.Speech).ToList();
    }

    [TestMethod]
    public void DIR_14_VoiceSpeedChangesHowLongTheSameWordsTake()
    {
        var normal = Speech(Small + Sentence).Single().Seconds;
        var fast = Speech(Small + "(voice-speed: fast)\n\n" + Sentence).Single().Seconds;
        var slow = Speech(Small + "(voice-speed: 0.8)\n\n" + Sentence).Single().Seconds;
        Assert.IsLessThan(normal * 0.9, fast, $"fast {fast:0.00} s against {normal:0.00} s");
        Assert.IsGreaterThan(normal * 1.1, slow, $"0.8x {slow:0.00} s against {normal:0.00} s");
    }

    [TestMethod]
    public void VOI_02_VoicesChangeInsideAScene_AndDoNotCarryIntoTheNext()
    {
        var speech = Speech(Small + "(voice: Brian)\nHello, I am the first speaker.\n\n(voice: Joanna)\nAnd I answer him.\n---\nA new scene.");
        CollectionAssert.AreEqual(new[] { "Brian", "Joanna", "default" }, speech.Select(s => s.Voice).ToArray());
        Assert.AreEqual(speech[0].Start + speech[0].Seconds + 0.2, speech[1].Start, 1e-9, "0.2 s between the two speakers' paragraphs");
    }

    [TestMethod]
    public void NAR_05_SsmlBreakMakesASilence()
    {
        var plain = Speech(Small + "<speak>First part. Second part.</speak>").Single().Seconds;
        var broken = Speech(Small + "<speak>First part. <break time=\"1500ms\"/> Second part.</speak>").Single().Seconds;
        Assert.AreEqual(plain + 1.5, broken, 0.5, $"the break adds about 1.5 s ({plain:0.00} -> {broken:0.00})");
    }

    [TestMethod]
    public void NAR_04_InlineCodeIsSpeltOutLetterByLetter()
    {
        var word = Speech(Small + "Press cat now.").Single().Seconds;
        var spelt = Speech(Small + "Press `cat` now.").Single().Seconds;
        Assert.IsGreaterThan(word + 0.1, spelt, $"c, a, t takes longer than the word ({word:0.00} -> {spelt:0.00})");
    }

    [TestMethod]
    public void NAR_03_MarkdownEmphasisIsSsmlEmphasisInTheSpokenText()
    {
        var converted = DocsVideo.Script.NarrationText.Convert("Click *Save*, then **never** press ~~Cancel~~ & wait.");
        Assert.AreEqual("Click Save, then never press Cancel & wait.", converted.Display);
        Assert.IsTrue(converted.IsSsml);
        Assert.AreEqual("<speak>Click <emphasis level=\"moderate\">Save</emphasis>, then <emphasis level=\"strong\">never</emphasis> press "
            + "<emphasis level=\"reduced\">Cancel</emphasis> &amp; wait.</speak>", converted.Spoken);
        Assert.IsFalse(DocsVideo.Script.NarrationText.Convert("No marks & no SSML.").IsSsml);
    }

    [TestMethod]
    public void NAR_03_EmphasisedWordsAreSpokenLongerAndLouder_ReducedOnesSofter()
    {
        const string words = "Now open the settings page and choose the security tab.";
        var plain = Speech(Small + words).Single();
        var moderate = Speech(Small + "Now open *the settings page* and choose the security tab.").Single();
        var strong = Speech(Small + "Now open **the settings page** and choose the security tab.").Single();
        var reduced = Speech(Small + "Now open ~~the settings page~~ and choose the security tab.").Single();
        Assert.IsGreaterThan(plain.Seconds + 0.05, moderate.Seconds, $"moderate {moderate.Seconds:0.00} s against {plain.Seconds:0.00} s");
        Assert.IsGreaterThan(moderate.Seconds, strong.Seconds, $"strong {strong.Seconds:0.00} s against moderate {moderate.Seconds:0.00} s");
        Assert.IsGreaterThan(Measure.Rms(plain.WavPath), Measure.Rms(moderate.WavPath), "emphasis is louder");
        Assert.IsLessThan(Measure.Rms(plain.WavPath), Measure.Rms(reduced.WavPath), "reduced emphasis is softer");
        Assert.AreEqual(words, strong.Text, "subtitles show the words without marks");
    }

    [TestMethod]
    public void DIR_16_VoiceEmphasisChangesTheEspeakDelivery()
    {
        var plain = Speech(Small + Sentence).Single();
        var strong = Speech(Small + "(voice-emphasis: strong)\n\n" + Sentence).Single();
        var reduced = Speech(Small + "(voice-emphasis: reduced)\n\n" + Sentence).Single();
        Assert.IsGreaterThan(plain.Seconds + 0.2, strong.Seconds, $"strong {strong.Seconds:0.00} s against {plain.Seconds:0.00} s");
        Assert.IsGreaterThan(Measure.Rms(plain.WavPath) * 1.1, Measure.Rms(strong.WavPath), "strong emphasis is louder");
        Assert.IsLessThan(Measure.Rms(plain.WavPath), Measure.Rms(reduced.WavPath), "reduced emphasis is softer");
    }

    [TestMethod]
    public void DIR_17_FragmentNarrationEndsLikeAnUnfinishedClause()
    {
        Assert.AreEqual("then click the ellipsis,", DocsVideo.Speech.SpeechMarkup.AsFragment("then click the ellipsis", false));
        Assert.AreEqual("Done.", DocsVideo.Speech.SpeechMarkup.AsFragment("Done.", false));
        Assert.AreEqual("<speak>a <emphasis>b</emphasis>,</speak>", DocsVideo.Speech.SpeechMarkup.AsFragment("<speak>a <emphasis>b</emphasis></speak>", true));
        var sentence = Speech(Small + "Then click the ellipsis").Single();
        var fragment = Speech(Small + "(narration-mode: fragment)\nThen click the ellipsis\n---\n(narration-mode: fragment)\nand select Legend.");
        Assert.AreEqual("Then click the ellipsis", fragment[0].Text, "subtitles keep the writer's words");
        CollectionAssert.AreNotEqual(File.ReadAllBytes(sentence.WavPath), File.ReadAllBytes(fragment[0].WavPath), "the fragment is voiced differently");
        Assert.AreEqual(sentence.Seconds, fragment[0].Seconds, 0.3, "the same words, about as long");
    }

    [TestMethod]
    public void NAR_05_SayAsCharactersIsSpeltByEspeak_AndWrittenOutForPlainTextEngines()
    {
        var word = Speech(Small + "<speak>Press cat now.</speak>").Single().Seconds;
        var spelt = Speech(Small + "<speak>Press <say-as interpret-as=\"characters\">cat</say-as> now.</speak>").Single().Seconds;
        Assert.IsGreaterThan(word + 0.2, spelt, $"c, a, t takes longer than the word ({word:0.00} -> {spelt:0.00})");
        var request = new DocsVideo.Speech.SpeechRequest(new DocsVideo.Speech.Voice("x", "openai", "alloy", "en-US"),
            "<speak>Press <say-as interpret-as=\"characters\">cat</say-as> &amp; <emphasis>go</emphasis>.<break/>Then<p>stop</p></speak>", true, null, null, null, false);
        Assert.AreEqual("Press c a t & go. Then stop", DocsVideo.Speech.SpeechMarkup.Plain(request));
    }
}
