namespace DocsVideo.Timeline;

/// <summary>One subtitle cue, in seconds from the start of the video.</summary>
public sealed record SubtitleCue(double Start, double End, string Text);
