using System.Globalization;
using DocsVideo.Tools;

namespace DocsVideo.Speech;

/// <summary>The offline default voice: espeak-ng, fed through a text file so no narration is read as an option.</summary>
public sealed class EspeakEngine : ISpeechEngine
{
    private const int NormalWordsPerMinute = 165;

    public string Name => "espeak";

    public string Version => "espeak-ng-1";

    public async Task SynthesizeAsync(SpeechRequest request, string wavPath, CancellationToken cancel)
    {
        var textFile = wavPath + ".txt";
        // espeak-ng reads SSML with -m; voice-emphasis becomes an emphasis element around the whole paragraph.
        var level = SpeechMarkup.EmphasisLevel(request);
        var text = level == null ? request.Text : $"<speak><emphasis level=\"{level}\">{SpeechMarkup.Body(request)}</emphasis></speak>";
        await File.WriteAllTextAsync(textFile, text, cancel);
        try
        {
            var arguments = new List<string> { "-v", request.Voice.EngineVoice, "-s", Rate(request.Speed).ToString(CultureInfo.InvariantCulture),
                "-a", Amplitude(request.Volume).ToString(CultureInfo.InvariantCulture), "-w", wavPath, "-f", textFile };
            if (request.IsSsml || level != null) arguments.Add("-m");
            await ToolRunner.RunAsync(ExternalTool.Espeak, arguments, cancel);
        }
        finally { File.Delete(textFile); }
    }

    /// <summary>Words per minute for <c>voice-speed</c>: slow, fast, or a multiplier such as 1.10 (HDR-17).</summary>
    public static int Rate(string? speed) => speed?.Trim().ToLowerInvariant() switch
    {
        null or "" or "normal" or "medium" => NormalWordsPerMinute,
        "x-slow" => 110, "slow" => 135, "fast" => 200, "x-fast" => 240,
        var s when double.TryParse(s.TrimEnd('x', '%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m > 0
            => (int)Math.Clamp(NormalWordsPerMinute * (s.EndsWith('%') ? m / 100 : m), 80, 450),
        _ => NormalWordsPerMinute,
    };

    /// <summary>espeak-ng amplitude for <c>voice-volume</c> (HDR-18): 100 is normal.</summary>
    public static int Amplitude(string? volume) => volume?.Trim().ToLowerInvariant() switch
    {
        "silent" => 0, "x-soft" => 40, "soft" => 65, "loud" => 150, "x-loud" => 190,
        _ => 100,
    };
}
