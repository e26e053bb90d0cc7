namespace DocsVideo.Script;

/// <summary>The header's <c>background</c>: a built-in track name or a file, its volume and fades (BGM-*).</summary>
public sealed record MusicSpec(string Source, bool IsBuiltIn, double Volume, bool FadeIn, bool FadeOut, int Line, int Column);
