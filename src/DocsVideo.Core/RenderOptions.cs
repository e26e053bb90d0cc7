using DocsVideo.Media;

namespace DocsVideo;

/// <summary>How one script is rendered: where the cache and the video go, which folders assets may come from.</summary>
public sealed record RenderOptions
{
    public required string CacheDirectory { get; init; }
    /// <summary>Folders asset paths may come from besides the script's own folder (the build adds the project folder).</summary>
    public IReadOnlyList<string> AssetRoots { get; init; } = [];
    /// <summary>Draft: half the frame size and the fastest encoding, for quick previews while writing.</summary>
    public bool Draft { get; init; }
    public EncoderSettings Encoder => Draft ? EncoderSettings.Draft : EncoderSettings.Release;
    /// <summary>The cache is pruned to this size after each render, least recently used entries first.</summary>
    public long CacheLimitBytes { get; init; } = 4L << 30;
    /// <summary>A voice table file that extends or overrides the built-in voice names.</summary>
    public string? VoicesFile { get; init; }
    /// <summary>Lower the background music under speech (the header's <c>ducking</c> wins).</summary>
    public bool MusicDucking { get; init; }
    /// <summary>Integrated loudness of the final mix in LUFS, null for off (the header's <c>loudness</c> wins).</summary>
    public double? LoudnessTarget { get; init; } = AudioMaster.DefaultLoudness;
    public int Parallelism { get; init; } = Environment.ProcessorCount;
    /// <summary>Bounds on frame size, pause and scene length, and scene count a script may ask for.</summary>
    public Script.Limits Limits { get; init; } = Script.Limits.Default;
    /// <summary>The local speech program voices with engine "command" use, e.g. <c>piper --model {voice} --output_file {output}</c>.</summary>
    public string? SpeechCommand { get; init; }
}
