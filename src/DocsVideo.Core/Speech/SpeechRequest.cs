namespace DocsVideo.Speech;

/// <summary>One paragraph to voice, with the delivery settings in force where it stands.</summary>
public sealed record SpeechRequest(Voice Voice, string Text, bool IsSsml, string? Speed, string? Volume, string? Emphasis, bool Fragment)
{
    /// <summary>Everything that changes the sound, and nothing secret: the audio cache key.</summary>
    /// <summary>"2": clips are trimmed and resampled by <see cref="ClipMaker"/>, no longer by ffmpeg.</summary>
    public string CacheKey(string engineVersion) => Caching.Hash.Of("speech", "2", engineVersion, Voice.Engine, Voice.EngineVoice,
        Text, IsSsml.ToString(), Speed ?? "", Volume ?? "", Emphasis ?? "", Fragment.ToString());
}
