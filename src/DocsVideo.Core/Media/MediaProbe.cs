using System.Collections.Concurrent;
using DocsVideo.Tools;
using FFMpegCore;

namespace DocsVideo.Media;

/// <summary>Reads duration, size and streams of media files with ffprobe (through FFMpegCore), once per file per run.</summary>
public sealed class MediaProbe
{
    private readonly ConcurrentDictionary<string, Task<MediaInfo>> _cache = new();
    private readonly FFOptions _options = new() { BinaryFolder = Path.GetDirectoryName(ExternalTool.Ffprobe.Locate())! };

    public Task<MediaInfo> ProbeAsync(string path, CancellationToken cancel) =>
        _cache.GetOrAdd(Path.GetFullPath(path), full => Probe(full, cancel));

    private async Task<MediaInfo> Probe(string path, CancellationToken cancel)
    {
        IMediaAnalysis analysis;
        try
        {
            // Local files only: no script path may make ffprobe open a URL or another protocol.
            analysis = await FFProbe.AnalyseAsync(path, _options, "-protocol_whitelist file", cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidDataException($"'{Path.GetFileName(path)}' could not be read as media ({e.Message.Split('\n')[0].Trim()})", e);
        }
        var video = analysis.PrimaryVideoStream;
        var width = video?.Width ?? 0;
        var height = video?.Height ?? 0;
        // Phone clips store portrait video as landscape plus a rotation flag; ffmpeg applies it when decoding.
        if (video != null && Math.Abs(video.Rotation % 180) == 90) (width, height) = (height, width);
        var seconds = analysis.Duration.TotalSeconds;
        if (seconds <= 0 && video != null) seconds = video.Duration.TotalSeconds;
        return new MediaInfo(seconds, width, height, video != null, analysis.PrimaryAudioStream != null);
    }
}
