namespace DocsVideo.Script;

/// <summary>The resolved header, with defaults filled in for everything the writer left out.</summary>
public sealed record ScriptHeader
{
    public int Width { get; init; } = 1280;
    public int Height { get; init; } = 720;
    /// <summary>[OURS] OUT-02: a fixed frame rate, 25 like the originals; the header key <c>fps</c> changes it.</summary>
    public int Fps { get; init; } = 25;
    public string? Voice { get; init; }
    /// <summary>The header line that names the voice, for errors about it.</summary>
    public int VoiceLine { get; init; }
    /// <summary>Line of the header's <c>theme:</c>, for errors about it.</summary>
    public int ThemeLine { get; init; }
    public TransitionSpec Transition { get; init; } = TransitionSpec.None;
    public MusicSpec? Background { get; init; }
    public string Theme { get; init; } = "default";
    public SubtitleSettings Subtitles { get; init; } = new();
    public Fit AssetResize { get; init; } = Fit.Cover;
    public string? VoiceSpeed { get; init; }
    public string? VoiceVolume { get; init; }
    public string? Canvas { get; init; }
    /// <summary>Our extension: lower the music under speech; null leaves it to the build's setting.</summary>
    public bool? Ducking { get; init; }
    /// <summary>Our extension: integrated loudness target of the mix in LUFS, NaN for off; null leaves it to the build.</summary>
    public double? Loudness { get; init; }
}
