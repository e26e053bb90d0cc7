namespace DocsVideo.Script;

public enum SubtitleMode { None, Overlay, Embed, External }

/// <summary>The header's <c>subtitles</c> (HDR-15, SUB-03).</summary>
public sealed record SubtitleSettings
{
    public SubtitleMode Mode { get; init; } = SubtitleMode.None;
    /// <summary>About how many characters a cue holds before a new cue starts; null keeps one cue per paragraph (SUB-04).</summary>
    public int? Break { get; init; }
    public string Color { get; init; } = "black";
    public string? Background { get; init; }
    public string Outline { get; init; } = "white";
    public double Scale { get; init; } = 1.0;
    public int? Size { get; init; }
    public string? Font { get; init; }
    public string Position { get; init; } = "bottom";
}
