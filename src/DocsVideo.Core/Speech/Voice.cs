namespace DocsVideo.Speech;

/// <summary>A voice a script can name: the engine that speaks it, the engine's own voice id, and its language.</summary>
/// <param name="Language">BCP 47 tag, e.g. en-US; <see cref="SubtitleLanguage"/> derives the ISO 639-2 code for subtitle tracks.</param>
public sealed record Voice(string Name, string Engine, string EngineVoice, string Language)
{
    public string SubtitleLanguage => Language.Split('-')[0].ToLowerInvariant() switch
    {
        "en" => "eng", "de" => "ger", "fr" => "fre", "es" => "spa", "nl" => "dut", "sv" => "swe", "it" => "ita",
        "ja" => "jpn", "ko" => "kor", "zh" or "cmn" => "chi", "pt" => "por", "pl" => "pol", "ru" => "rus",
        _ => "und",
    };
}
