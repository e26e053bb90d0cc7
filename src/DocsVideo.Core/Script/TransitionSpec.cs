namespace DocsVideo.Script;

/// <summary>An incoming transition: an xfade effect and its length. Type "none" is a hard cut.</summary>
public sealed record TransitionSpec(string Type, double Duration)
{
    public static readonly TransitionSpec None = new("none", 0);
    public bool IsCut => Type == "none" || Duration <= 0;
}
