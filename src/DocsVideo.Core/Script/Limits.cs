namespace DocsVideo.Script;

/// <summary>Bounds that keep a hostile or mistaken script from asking for absurd work (documented in the README).</summary>
public static class Limits
{
    public const int MaxFrameSide = 7680;
    public const double MaxSceneSeconds = 3600;
    /// <summary>More scenes than any tutorial has; past it a script is a mistake or an attack, not a video.</summary>
    public const int MaxScenes = 5000;
    /// <summary>Scripts larger than this are refused before they are read into memory.</summary>
    public const long MaxScriptBytes = 16 << 20;
    public const double MaxTransitionSeconds = 60;
    public const double MinTransitionSeconds = 0.1;
}
