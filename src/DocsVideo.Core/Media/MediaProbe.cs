using System.Collections.Concurrent;
using System.Text.Json;
using DocsVideo.Caching;
using DocsVideo.Tools;
using FFMpegCore;

namespace DocsVideo.Media;

/// <summary>
/// Reads duration, size and streams of media files with ffprobe (through FFMpegCore): once per file per run, and
/// once per file content ever when a cache is given (the answer is stored under the file's hash).
/// </summary>
public sealed class MediaProbe(ContentStore? store = null, FileHashes? hashes = null)
{
    private const string Kind = "probe";
    private readonly ConcurrentDictionary<string, Task<MediaInfo>> _cache = new();
    /// <summary>ffprobe runs at once, at most: a script may name hundreds of clips.</summary>
    private readonly SemaphoreSlim _running = new(Environment.ProcessorCount);
    private readonly Lazy<FFOptions> _options = new(() => new FFOptions { BinaryFolder = Path.GetDirectoryName(ExternalTool.Ffprobe.Locate())! });

    public Task<MediaInfo> ProbeAsync(string path, CancellationToken cancel) =>
        _cache.GetOrAdd(Path.GetFullPath(path), full => CachedProbe(full, cancel));

    private async Task<MediaInfo> CachedProbe(string path, CancellationToken cancel)
    {
        if (store == null || hashes == null) return await Probe(path, cancel);
        var key = Hash.Of(Kind, "2", hashes.Of(path));
        if (store.Contains(Kind, key, ".json"))
            return JsonSerializer.Deserialize<MediaInfo>(await File.ReadAllTextAsync(store.PathFor(Kind, key, ".json"), cancel))!;
        var info = await Probe(path, cancel);
        var temp = store.TempFor(Kind, key, ".json");
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(info), cancel);
        store.Commit(temp, Kind, key, ".json");
        return info;
    }

    private async Task<MediaInfo> Probe(string path, CancellationToken cancel)
    {
        IMediaAnalysis analysis;
        await _running.WaitAsync(cancel);
        try
        {
            // Local files only: no script path may make ffprobe open a URL or another protocol.
            analysis = await FFProbe.AnalyseAsync(path, _options.Value, "-protocol_whitelist file", cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidDataException($"'{Path.GetFileName(path)}' could not be read as media ({e.Message.Split('\n')[0].Trim()})", e);
        }
        finally { _running.Release(); }
        var video = analysis.PrimaryVideoStream;
        // A stream ffmpeg has no decoder for would fail later, mid-render, far from the line that names the file.
        foreach (var stream in new MediaStream?[] { video, analysis.PrimaryAudioStream })
            if (stream != null && stream.CodecName is null or "" or "unknown" or "none")
                throw new UnsupportedCodecException($"'{Path.GetFileName(path)}' uses a codec ffmpeg cannot decode ({stream.CodecTagString}); convert it, e.g. ffmpeg -i IN -c:v libx264 -c:a aac OUT.mp4");
        var width = video?.Width ?? 0;
        var height = video?.Height ?? 0;
        // Phone clips store portrait video as landscape plus a rotation flag; ffmpeg applies it when decoding.
        if (video != null && Math.Abs(video.Rotation % 180) == 90) (width, height) = (height, width);
        var seconds = analysis.Duration.TotalSeconds;
        if (seconds <= 0 && video != null) seconds = video.Duration.TotalSeconds;
        // Damaged headers can claim any length; a negative or endless one is no length at all.
        if (!double.IsFinite(seconds) || seconds < 0) seconds = 0;
        return new MediaInfo(seconds, width, height, video != null, analysis.PrimaryAudioStream != null);
    }
}

/// <summary>The file is fine as a container, but a stream in it needs a decoder this ffmpeg lacks.</summary>
public sealed class UnsupportedCodecException(string message) : Exception(message);
