namespace DocsVideo.Media;

/// <summary>What the pipeline needs to know of an image, clip or sound file.</summary>
public sealed record MediaInfo(double Seconds, int Width, int Height, bool HasVideo, bool HasAudio);
