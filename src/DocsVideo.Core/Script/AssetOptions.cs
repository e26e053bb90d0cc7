namespace DocsVideo.Script;

public enum Fit { Cover, Contain, Stretch }

public enum VideoSync { Freeze, Match, Trim, Loop, LoopAudio }

/// <summary>The options of one image or video reference, from its <c>![...]</c> tokens or the long form.</summary>
public sealed record AssetOptions
{
    public Fit? Fit { get; init; }
    /// <summary>Which edge or corner stays visible when cover crops, e.g. "top-left"; null is the centre.</summary>
    public string? Anchor { get; init; }
    /// <summary>zoom, zoomout, pan, panzoom, panzoomout, or null.</summary>
    public string? Motion { get; init; }
    public VideoSync Sync { get; init; } = VideoSync.Freeze;
    public bool SyncGiven { get; init; }
    /// <summary>Start and end of the used part of a clip in seconds; End null is the end of the clip.</summary>
    public double? SegmentStart { get; init; }
    public double? SegmentEnd { get; init; }
    /// <summary>"start" or "end": a still of the first or last frame (AST-14).</summary>
    public string? Still { get; init; }
    public double Volume { get; init; } = 1.0;
    public bool Freeze { get; init; }
}
