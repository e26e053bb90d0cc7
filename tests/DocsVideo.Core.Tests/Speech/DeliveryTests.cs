namespace DocsVideo.Core.Tests.Speech;

/// <summary>How the narration is delivered (spec 5.1, 5.2): speed, voices in dialogue, SSML breaks, spelt-out code.</summary>
[TestClass]
public sealed class DeliveryTests
{
    private const string Small = "---\nsize: 320x180\n---\n";
    private const string Sentence = "The quick brown fox jumps over the lazy dog near the river bank.";

    private static IReadOnlyList<DocsVideo.Timeline.PlacedSpeech> Speech(string script)
    {
        var render = new Render();
        var path = render.Write("v.vmd", script);
        var result = new Pipeline(new RenderOptions { CacheDirectory = render.Cache }, _ => { }).PlanAsync(path, CancellationToken.None).GetAwaiter().GetResult();
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
}
