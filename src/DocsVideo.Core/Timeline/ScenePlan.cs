using DocsVideo.Script;

namespace DocsVideo.Timeline;

/// <summary>One scene on the timeline: where it starts, how long it lasts, what it shows and says, and its content key.</summary>
public sealed record ScenePlan
{
    public required int Number { get; init; }
    public required int StartLine { get; init; }
    public required int EndLine { get; init; }
    public required int StartFrame { get; init; }
    public required int Frames { get; init; }
    public required TransitionSpec TransitionIn { get; init; }
    public required int TransitionFrames { get; init; }
    public required IReadOnlyList<PlannedVisual> Visuals { get; init; }
    public required IReadOnlyList<TextSlide> Slides { get; init; }
    public required IReadOnlyList<Callout> Callouts { get; init; }
    public required string Theme { get; init; }
    /// <summary>BCP 47 language of the scene's narration: picks the face for its slide text (CJK).</summary>
    public string? Language { get; init; }
    public string? Canvas { get; init; }
    public required IReadOnlyList<PlacedSpeech> Speech { get; init; }
    public required IReadOnlyList<double> Pauses { get; init; }
    public required IReadOnlyList<SubtitleCue> Cues { get; init; }
    /// <summary>Cues drawn into this scene's picture, in seconds from the scene start (overlay subtitles, > captions).</summary>
    public IReadOnlyList<SubtitleCue> BurnedCues { get; init; } = [];
    /// <summary>SHA-256 over everything that changes this scene's picture: equal keys, equal segment.</summary>
    public string ContentKey { get; set; } = "";
}
