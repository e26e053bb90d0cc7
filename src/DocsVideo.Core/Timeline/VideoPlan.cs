using DocsVideo.Script;

namespace DocsVideo.Timeline;

/// <summary>The whole timeline of one script, ready to render; also what <c>docsvideo plan --json</c> prints.</summary>
public sealed record VideoPlan
{
    public required string Script { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    public required int Fps { get; init; }
    public required IReadOnlyList<ScenePlan> Scenes { get; init; }
    public required IReadOnlyList<AudioEvent> Sounds { get; init; }
    public required MusicSpec? Music { get; init; }
    public string? MusicFile { get; init; }
    public required SubtitleSettings Subtitles { get; init; }
    /// <summary>The script's header as read, defaults filled in (for <c>plan --json</c>).</summary>
    public ScriptHeader? Header { get; init; }
    public bool Ducking { get; init; }
    /// <summary>Integrated loudness target in LUFS, or null to leave the mix as it is.</summary>
    public double? Loudness { get; init; }
    public required string SubtitleLanguage { get; init; }
    /// <summary>BCP 47 language of the script's main voice.</summary>
    public string? Language { get; init; }
    /// <summary>The TTF file of the subtitles map's <c>font</c>, resolved in the project; null for the built-in face.</summary>
    public string? SubtitleFont { get; init; }
    public required IReadOnlyList<SubtitleCue> Cues { get; init; }
    /// <summary>Every file the video was made from: the MSBuild layer lists them as the target's inputs.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    public int TotalFrames => Scenes.Count == 0 ? 0 : Scenes[^1].StartFrame + Scenes[^1].Frames;
    public double TotalSeconds => (double)TotalFrames / Fps;
}
