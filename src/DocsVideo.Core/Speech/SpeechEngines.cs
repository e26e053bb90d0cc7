namespace DocsVideo.Speech;

/// <summary>The engines a voice can name in the voice table: espeak (default), command, azure, openai.</summary>
public static class SpeechEngines
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public static Dictionary<string, ISpeechEngine> Create(string? speechCommand, HttpClient? http = null)
    {
        var client = http ?? Http;
        var engines = new ISpeechEngine[]
        {
            new EspeakEngine(), new CommandEngine(speechCommand ?? ""), new AzureSpeechEngine(client), new OpenAiSpeechEngine(client),
        };
        return engines.ToDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase);
    }
}
