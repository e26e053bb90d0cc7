namespace DocsVideo.Timeline;

/// <summary>A voiced paragraph placed in its scene: seconds from the scene start, and its subtitle text.</summary>
public sealed record PlacedSpeech(int Line, string Text, string Voice, string WavPath, double Start, double Seconds)
{
    /// <summary>What was asked of the speech engine: the spoken text (SSML for emphasis) and the delivery settings.</summary>
    public Speech.SpeechRequest? Request { get; init; }
}
