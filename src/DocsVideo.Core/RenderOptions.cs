using DocsVideo.Media;

namespace DocsVideo;

/// <summary>How one script is rendered: where the cache and the video go, which folders assets may come from.</summary>
public sealed record RenderOptions
{
    public required string CacheDirectory { get; init; }
    /// <summary>Folders asset paths must stay inside; empty means the script's own folder.</summary>
    public IReadOnlyList<string> AssetRoots { get; init; } = [];
    public EncoderSettings Encoder { get; init; } = EncoderSettings.Release;
    /// <summary>A voice table file that extends or overrides the built-in voice names.</summary>
    public string? VoicesFile { get; init; }
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
