namespace DocsVideo.Script;

/// <summary>Bounds that keep a hostile or mistaken script from asking for absurd work (documented in the README).</summary>
public static class Limits
{
    public const int MaxFrameSide = 7680;
    public const double MaxSceneSeconds = 3600;
    public const double MaxTransitionSeconds = 60;
    public const double MinTransitionSeconds = 0.1;
}
