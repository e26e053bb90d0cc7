namespace DocsVideo.Media;

/// <summary>
/// The cached pieces of one scene: the body (shown after the incoming transition), the head (the first frames,
/// used only to draw that transition) and the last frame (used to draw the transition into the next scene).
/// </summary>
public sealed record SegmentFiles(string Body, string? Head, string LastFrame);
