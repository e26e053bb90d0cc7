using System.Globalization;
using System.Net.Http.Json;

namespace DocsVideo.Speech;

/// <summary>
/// OpenAI-compatible speech endpoint (<c>POST {base}/audio/speech</c> with JSON model, input, voice, response_format,
/// speed), as served by OpenAI and by local servers that copy its API. Key: OPENAI_API_KEY (sent as a Bearer token);
/// base: OPENAI_BASE_URL (default https://api.openai.com/v1); model: DOCSVIDEO_OPENAI_SPEECH_MODEL (default gpt-4o-mini-tts).
/// </summary>
public sealed class OpenAiSpeechEngine(HttpClient client) : ISpeechEngine
{
    public const string KeyVariable = "OPENAI_API_KEY";

    public string Name => "openai";

    public string Version => "openai-speech:" + Model;

    private static string Model => Environment.GetEnvironmentVariable("DOCSVIDEO_OPENAI_SPEECH_MODEL") is { Length: > 0 } m ? m : "gpt-4o-mini-tts";

    public async Task SynthesizeAsync(SpeechRequest request, string wavPath, CancellationToken cancel)
    {
        var key = CloudSpeech.Key(KeyVariable, "OpenAI");
        var baseUrl = (Environment.GetEnvironmentVariable("OPENAI_BASE_URL") is { Length: > 0 } b ? b : "https://api.openai.com/v1").TrimEnd('/');
        // The API reads plain text: SSML marks are removed, the words kept.
        var text = SpeechMarkup.Plain(request);
        var body = new Dictionary<string, object>
        {
            ["model"] = Model, ["input"] = text, ["voice"] = request.Voice.EngineVoice, ["response_format"] = "wav",
            ["speed"] = Math.Clamp(EspeakEngine.Rate(request.Speed) / 165.0, 0.25, 4.0),
        };
        var audio = await CloudSpeech.SendAsync(client, () =>
        {
            var message = new HttpRequestMessage(HttpMethod.Post, baseUrl + "/audio/speech") { Content = JsonContent.Create(body) };
            message.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
            return message;
        }, "OpenAI", KeyVariable, cancel);
        await File.WriteAllBytesAsync(wavPath, audio, cancel);
    }
}
