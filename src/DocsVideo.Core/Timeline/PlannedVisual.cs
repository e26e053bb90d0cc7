using DocsVideo.Script;

namespace DocsVideo.Timeline;

public enum VisualKind { Image, Video }

/// <summary>An image or clip as the scene shows it: resolved file, fit, and for clips the part used and how it is timed.</summary>
public sealed record PlannedVisual
{
    public required VisualKind Kind { get; init; }
    public required string File { get; init; }
    public required Fit Fit { get; init; }
    public string? Anchor { get; init; }
    public string? Motion { get; init; }
    public VideoSync Sync { get; init; }
    /// <summary>Where the used part of the clip starts, in seconds of the source.</summary>
    public double SourceStart { get; init; }
    /// <summary>How long the used part of the clip plays at normal speed.</summary>
    public double SourceSeconds { get; init; }
    /// <summary>The still frame asked for with start/end, as a source time; null plays the clip.</summary>
    public double? StillAt { get; init; }
    public double Volume { get; init; } = 1;
    public bool HasAudio { get; init; }
    public int SourceWidth { get; init; }
    public int SourceHeight { get; init; }
    /// <summary>The frames of the scene this visual fills (several visuals share a scene in turn, IMG-03).</summary>
    public int FirstFrame { get; init; }
    public int Frames { get; init; }
}
