namespace DocsVideo.Script;

/// <summary>
/// Bounds that keep a hostile or mistaken script from asking for absurd work (documented in the README). The frame
/// side, the seconds of one pause or scene, and the scene count can be set per project (DocsVideoMax* properties);
/// the rest are fixed.
/// </summary>
public sealed record Limits
{
    public static readonly Limits Default = new();

    public int MaxFrameSide { get; init; } = 7680;
    /// <summary>Longest <c>pause</c>, <c>pause-until</c> or <c>duration</c>, in seconds.</summary>
    public double MaxSceneSeconds { get; init; } = 3600;
    /// <summary>More scenes than any tutorial has; past it a script is a mistake or an attack, not a video.</summary>
    public int MaxScenes { get; init; } = 5000;

    /// <summary>Scripts larger than this are refused before they are read into memory.</summary>
    public const long MaxScriptBytes = 16 << 20;
    public const double MaxTransitionSeconds = 60;
    public const double MinTransitionSeconds = 0.1;
}
