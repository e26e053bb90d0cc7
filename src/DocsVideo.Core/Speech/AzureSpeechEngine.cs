using System.Security;
using System.Text;

namespace DocsVideo.Speech;

/// <summary>
/// Azure AI Speech text-to-speech REST API: POST SSML to <c>https://REGION.tts.speech.microsoft.com/cognitiveservices/v1</c>
/// with the key in <c>Ocp-Apim-Subscription-Key</c>. Key: AZURE_SPEECH_KEY; region: AZURE_SPEECH_REGION; the whole
/// endpoint can be given instead with DOCSVIDEO_AZURE_SPEECH_ENDPOINT. Voices are Azure names, e.g. en-US-JennyNeural.
/// </summary>
public sealed class AzureSpeechEngine(HttpClient client) : ISpeechEngine
{
    public const string KeyVariable = "AZURE_SPEECH_KEY";

    public string Name => "azure";

    public string Version => "azure-tts-v1";

    public async Task SynthesizeAsync(SpeechRequest request, string wavPath, CancellationToken cancel)
    {
        var key = CloudSpeech.Key(KeyVariable, "Azure");
        var endpoint = Environment.GetEnvironmentVariable("DOCSVIDEO_AZURE_SPEECH_ENDPOINT") is { Length: > 0 } custom ? custom
            : Environment.GetEnvironmentVariable("AZURE_SPEECH_REGION") is { Length: > 0 } region
                ? $"https://{region}.tts.speech.microsoft.com/cognitiveservices/v1"
                : throw new SpeechException("the Azure speech engine needs AZURE_SPEECH_REGION (e.g. westeurope) or DOCSVIDEO_AZURE_SPEECH_ENDPOINT");
        var ssml = Ssml(request);
        var audio = await CloudSpeech.SendAsync(client, () =>
        {
            var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(ssml, Encoding.UTF8, "application/ssml+xml") };
            message.Headers.Add("Ocp-Apim-Subscription-Key", key);
            message.Headers.Add("X-Microsoft-OutputFormat", "riff-48khz-16bit-mono-pcm");
            message.Headers.UserAgent.ParseAdd("DocsVideo.Sdk");
            return message;
        }, "Azure", KeyVariable, cancel);
        await File.WriteAllBytesAsync(wavPath, audio, cancel);
    }

    /// <summary>The paragraph as SSML: the writer's own &lt;speak&gt; inside the voice, or escaped text with prosody.</summary>
    public static string Ssml(SpeechRequest request)
    {
        var language = request.Voice.Language;
        var body = SpeechMarkup.Body(request);
        var rate = request.Speed is { } speed ? $" rate=\"{SsmlRate(speed)}\"" : "";
        var volume = request.Volume is { } v ? $" volume=\"{SecurityElement.Escape(v)}\"" : "";
        if (rate.Length + volume.Length > 0) body = $"<prosody{rate}{volume}>{body}</prosody>";
        if (SpeechMarkup.EmphasisLevel(request) is { } emphasis) body = $"<emphasis level=\"{emphasis}\">{body}</emphasis>";
        return $"<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"{language}\"><voice name=\"{SecurityElement.Escape(request.Voice.EngineVoice)}\">{body}</voice></speak>";
    }

    private static string SsmlRate(string speed) =>
        double.TryParse(speed, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var m)
            ? $"{(m - 1) * 100:+0;-0}%" : SecurityElement.Escape(speed)!;
}
