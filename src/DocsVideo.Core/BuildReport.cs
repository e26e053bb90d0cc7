using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocsVideo;

/// <summary>What one render did, written as JSON next to the video and summed up in one log line.</summary>
public sealed record BuildReport
{
    public required string Script { get; init; }
    public required string Video { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    public required int Fps { get; init; }
    public required double Duration { get; init; }
    public required IReadOnlyList<SceneReport> Scenes { get; init; }
    public int Rendered => Scenes.Count(s => s.Rendered);
    public int Reused => Scenes.Count(s => !s.Rendered);
    /// <summary>Transitions blended in this render; the others came from the cache.</summary>
    public int TransitionsRendered { get; init; }
    /// <summary>Seconds per stage; the sound track is made while the scenes render, so they overlap.</summary>
    public required IReadOnlyDictionary<string, double> StageSeconds { get; init; }
    /// <summary>Wall-clock seconds of the whole render.</summary>
    public required double Seconds { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary><c>kong-jwt.vmd -> bin/videos/kong-jwt.mp4 (12 scenes: 1 rendered, 11 reused, 2:31, 4.2 s)</c></summary>
    public string Summary(string shownVideoPath) =>
        $"{Path.GetFileName(Script)} -> {shownVideoPath} ({Scenes.Count} scenes: {Rendered} rendered, {Reused} reused, " +
        $"{TimeSpan.FromSeconds(Math.Round(Duration)):m\\:ss}, {Seconds:0.0} s)";
}

public sealed record SceneReport(int Number, int Line, double Start, double Duration, string Key, bool Rendered);
