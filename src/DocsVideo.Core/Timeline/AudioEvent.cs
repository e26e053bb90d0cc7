namespace DocsVideo.Timeline;

/// <summary>Sound from a file placed on the video's timeline: an (audio:) clip, or the sound of a video asset (VID-06).</summary>
public sealed record AudioEvent(string File, double At, double SourceStart, double Seconds, double Volume);
