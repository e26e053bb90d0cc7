using System.Text.Json;
using DocsVideo.Script;
using DocsVideo.Speech;

namespace DocsVideo.Core.Tests.Speech;

/// <summary>The cloud engines against loopback servers that follow each provider's documented protocol.</summary>
[TestClass]
public sealed class CloudEngineTests
{
    private const string Key = "test-secret-key-123";
    private static readonly Voice Jenny = new("Joanna", "azure", "en-US-JennyNeural", "en-US");
    private static readonly Voice Nova = new("Yuriko", "openai", "nova", "ja-JP");

    [TestCleanup]
    public void Cleanup()
    {
        foreach (var name in new[] { "AZURE_SPEECH_KEY", "DOCSVIDEO_AZURE_SPEECH_ENDPOINT", "OPENAI_API_KEY", "OPENAI_BASE_URL" })
            Environment.SetEnvironmentVariable(name, null);
    }

    private static SpeechServer Azure(Func<int, (int, byte[], string?, int)>? behaviour = null) => new((request, body, n) =>
    {
        if (request.Headers["Ocp-Apim-Subscription-Key"] != Key) return (401, "{\"error\":\"bad key\"}"u8.ToArray(), null, 0);
        if (request.ContentType?.StartsWith("application/ssml+xml") != true || request.Headers["X-Microsoft-OutputFormat"] == null)
            return (400, "bad request"u8.ToArray(), null, 0);
        return behaviour?.Invoke(n) ?? (200, SpeechServer.ToneWav(0.8), null, 0);
    });

    private static async Task<string> SpeakAsync(ISpeechEngine engine, Voice voice, string text)
    {
        var wav = Path.Combine(TestPaths.NewTempDirectory("cloud"), "out.wav");
        await engine.SynthesizeAsync(new SpeechRequest(voice, text, false, "fast", null, null, false), wav, CancellationToken.None);
        return wav;
    }

    [TestMethod]
    public async Task VOI_04_AzureSendsEscapedSsmlWithTheVoiceAndTheKeyHeader()
    {
        using var server = Azure();
        Environment.SetEnvironmentVariable("AZURE_SPEECH_KEY", Key);
        Environment.SetEnvironmentVariable("DOCSVIDEO_AZURE_SPEECH_ENDPOINT", server.Url + "cognitiveservices/v1");
        var wav = await SpeakAsync(new AzureSpeechEngine(new HttpClient()), Jenny, "Tom & Jerry <3");
        Assert.AreEqual(0.8 * 48000, DocsVideo.Media.WavFile.ReadMono16(wav, out var rate).Length);
        var (path, headers, body) = server.Requests.Single();
        Assert.AreEqual("/cognitiveservices/v1", path);
        StringAssert.Contains(body, "<voice name=\"en-US-JennyNeural\">");
        StringAssert.Contains(body, "Tom &amp; Jerry &lt;3");
        StringAssert.Contains(body, "xml:lang=\"en-US\"");
        Assert.AreEqual("riff-48khz-16bit-mono-pcm", headers["X-Microsoft-OutputFormat"]);
    }

    [TestMethod]
    public async Task VOI_04_BadKeyIsAnErrorThatNamesTheVariableButNotTheKey()
    {
        using var server = Azure();
        Environment.SetEnvironmentVariable("AZURE_SPEECH_KEY", "wrong-" + Key);
        Environment.SetEnvironmentVariable("DOCSVIDEO_AZURE_SPEECH_ENDPOINT", server.Url);
        var error = await Assert.ThrowsExactlyAsync<SpeechException>(() => SpeakAsync(new AzureSpeechEngine(new HttpClient()), Jenny, "Hi"));
        StringAssert.Contains(error.Message, "AZURE_SPEECH_KEY");
        Assert.DoesNotContain(Key, error.Message);
    }

    [TestMethod]
    public async Task VOI_04_ThrottlingIsRetriedAfterTheServersDelay()
    {
        using var server = Azure(n => n < 3 ? (429, "slow down"u8.ToArray(), "1", 0) : (200, SpeechServer.ToneWav(0.5), null, 0));
        Environment.SetEnvironmentVariable("AZURE_SPEECH_KEY", Key);
        Environment.SetEnvironmentVariable("DOCSVIDEO_AZURE_SPEECH_ENDPOINT", server.Url);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await SpeakAsync(new AzureSpeechEngine(new HttpClient()), Jenny, "Hi");
        Assert.HasCount(3, server.Requests);
        Assert.IsGreaterThanOrEqualTo(1.9, clock.Elapsed.TotalSeconds, "waited Retry-After: 1 twice");
    }

    [TestMethod]
    public async Task VOI_04_ASlowServiceTimesOutWithAClearError()
    {
        using var server = Azure(_ => (200, SpeechServer.ToneWav(0.5), null, 3000));
        Environment.SetEnvironmentVariable("AZURE_SPEECH_KEY", Key);
        Environment.SetEnvironmentVariable("DOCSVIDEO_AZURE_SPEECH_ENDPOINT", server.Url);
        var error = await Assert.ThrowsExactlyAsync<SpeechException>(() =>
            SpeakAsync(new AzureSpeechEngine(new HttpClient { Timeout = TimeSpan.FromSeconds(1) }), Jenny, "Hi"));
        StringAssert.Contains(error.Message, "did not answer within 1 s");
    }

    [TestMethod]
    public async Task VOI_04_OpenAiCompatibleEndpointGetsJsonWithBearerKey()
    {
        using var server = new SpeechServer((request, body, _) =>
            request.Headers["Authorization"] == "Bearer " + Key && request.Url!.AbsolutePath == "/v1/audio/speech"
                ? (200, SpeechServer.ToneWav(0.6), null, 0)
                : (401, "{\"error\":{\"message\":\"Incorrect API key\"}}"u8.ToArray(), null, 0));
        Environment.SetEnvironmentVariable("OPENAI_API_KEY", Key);
        Environment.SetEnvironmentVariable("OPENAI_BASE_URL", server.Url + "v1");
        var wav = await SpeakAsync(new OpenAiSpeechEngine(new HttpClient()), Nova, "こんにちは");
        Assert.AreEqual(0.6 * 48000, DocsVideo.Media.WavFile.ReadMono16(wav, out _).Length);
        var json = JsonDocument.Parse(server.Requests.Single().Body).RootElement;
        Assert.AreEqual("nova", json.GetProperty("voice").GetString());
        Assert.AreEqual("こんにちは", json.GetProperty("input").GetString());
        Assert.AreEqual("wav", json.GetProperty("response_format").GetString());
        Assert.IsGreaterThan(1.0, json.GetProperty("speed").GetDouble(), "voice-speed fast");
    }

    [TestMethod]
    public void VOI_04_CloudVoiceRendersIntoTheVideo_AndTheKeyIsWrittenNowhere()
    {
        using var server = Azure();
        Environment.SetEnvironmentVariable("AZURE_SPEECH_KEY", Key);
        Environment.SetEnvironmentVariable("DOCSVIDEO_AZURE_SPEECH_ENDPOINT", server.Url);
        var render = new Render();
        var voices = render.Write("voices.txt", "Joanna = azure:en-US-JennyNeural en-US\n");
        var script = render.Write("video.vmd", "---\nsize: 320x180\nvoice: Joanna\nsubtitles: external\n---\nHello from the cloud.");
        var pipeline = new Pipeline(new RenderOptions { CacheDirectory = render.Cache, VoicesFile = voices }, _ => { });
        var result = pipeline.RenderAsync(script, render.Video, CancellationToken.None).GetAwaiter().GetResult();
        Render.AssertSucceeded(result);
        var speech = result.Plan!.Scenes[0].Speech.Single();
        Assert.AreEqual(0.8, speech.Seconds, 0.02, "the cue follows the service's audio");
        Assert.IsGreaterThan(-25, Measure.Loudness(render.Video, speech.Start + 0.1, speech.Start + 0.7));
        var written = Directory.EnumerateFiles(render.Folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".wav") && !f.EndsWith(".mp4") && !f.EndsWith(".png"));
        foreach (var file in written) Assert.DoesNotContain(Key, File.ReadAllText(file), file);
        Assert.IsFalse(Directory.EnumerateFiles(render.Cache, "*", SearchOption.AllDirectories).Any(f => f.Contains(Key)));

        // A second render asks the service nothing: the audio cache serves it.
        var before = server.Requests.Count;
        Render.AssertSucceeded(new Pipeline(new RenderOptions { CacheDirectory = render.Cache, VoicesFile = voices }, _ => { })
            .RenderAsync(script, render.Video, CancellationToken.None).GetAwaiter().GetResult());
        Assert.AreEqual(before, server.Requests.Count);
    }

    [TestMethod]
    public void VOI_04_CommandEngineRunsTheProgramWithoutAShell()
    {
        var render = new Render();
        // A stand-in TTS program: reads the text on stdin (its length in tens of bytes sets the tone's seconds), writes a WAV.
        var program = render.Write("tts.sh", "#!/bin/sh\nn=$(wc -c)\nexec ffmpeg -v error -y -f lavfi -i \"sine=frequency=300:duration=$((n / 10))\" \"$2\"\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var voices = render.Write("voices.txt", "Kirk = command:unused en-US\n");
        var script = render.Write("video.vmd", "---\nsize: 320x180\nvoice: Kirk\n---\nShell marks stay text: $(rm -rf ~) `x`");
        var pipeline = new Pipeline(new RenderOptions { CacheDirectory = render.Cache, VoicesFile = voices, SpeechCommand = $"{program} {{voice}} {{output}}" }, _ => { });
        var result = pipeline.RenderAsync(script, render.Video, CancellationToken.None).GetAwaiter().GetResult();
        Render.AssertSucceeded(result);
        Assert.AreEqual(3.0, result.Plan!.Scenes[0].Speech.Single().Seconds, 0.05, "the text reached the program on stdin, as text");
    }

    [TestMethod]
    public void VOI_04_AMalformedVoicesFileIsAnErrorAtItsLine_AndAnUnknownVoiceListsTheKnownOnes()
    {
        var render = new Render();
        var voices = render.Write("voices.txt", "# my voices\nJoanna azure en-US-JennyNeural\n");
        var script = render.Write("video.vmd", "---\nsize: 320x180\n---\nHi.");
        var result = new Pipeline(new RenderOptions { CacheDirectory = render.Cache, VoicesFile = voices }, _ => { }).PlanAsync(script, CancellationToken.None).GetAwaiter().GetResult();
        var error = result.Diagnostics.Single(d => d.IsError);
        Assert.AreEqual((voices, 2, DocsVideo.Script.DiagnosticCodes.UnknownVoice), (error.File, error.Line, error.Code));

        var unknown = Render.SingleError(render.Run("---\nsize: 320x180\nvoice: Jonna\n---\nHi."));
        Assert.AreEqual((DocsVideo.Script.DiagnosticCodes.UnknownVoice, 3), (unknown.Code, unknown.Line), "at the header line naming the voice");
        StringAssert.Contains(unknown.Message, "did you mean 'Joanna'?");
    }
}
