using DocsVideo.Media;
using DocsVideo.Script;

namespace DocsVideo.Timeline;

/// <summary>How a scene's images and clips fill its time: sync rules (VID-01..07, IMG-04) and several visuals in turn (IMG-03).</summary>
public static class VisualTiming
{
    /// <summary>The scene's visuals with the clip timing their sync rule gives, and the length the video part asks for.</summary>
    public static List<PlannedVisual> Of(IEnumerable<(VisualAsset Asset, string File, MediaInfo Info)> assets, ScriptHeader header, double narrationSeconds, out double seconds)
    {
        seconds = 0;
        var result = new List<PlannedVisual>();
        foreach (var (asset, file, info) in assets)
        {
            var options = asset.Options;
            var isVideo = AssetKinds.Visual(file) == VisualKind.Video;
            var gif = AssetKinds.IsGif(file);
            var start = Math.Min(options.SegmentStart ?? 0, Math.Max(0, info.Seconds - 0.04));
            var end = Math.Min(options.SegmentEnd ?? info.Seconds, info.Seconds);
            var used = Math.Max(end - start, 0.04);
            double? still = options.Still switch { "start" => 0, "end" => Math.Max(0, info.Seconds - 0.05), _ => null };
            // A GIF loops for the narration unless it is asked to play once and freeze (IMG-04).
            var sync = gif && !options.SyncGiven ? VideoSync.Loop : options.Sync;
            if (isVideo && still == null)
                seconds = Math.Max(seconds, sync switch
                {
                    VideoSync.Match => narrationSeconds > 0 ? narrationSeconds : used,
                    VideoSync.Trim => narrationSeconds > 0 ? Math.Min(used, narrationSeconds) : used,
                    VideoSync.Loop when gif => narrationSeconds > 0 ? narrationSeconds : used,
                    _ => Math.Max(used, narrationSeconds),
                });
            result.Add(new PlannedVisual
            {
                Kind = isVideo && still == null ? VisualKind.Video : VisualKind.Image, File = file,
                Fit = options.Fit ?? header.AssetResize, Anchor = options.Anchor, Motion = options.Motion, Sync = sync,
                SourceStart = start, SourceSeconds = used, StillAt = isVideo ? still : null, Volume = options.Volume,
                HasAudio = info.HasAudio, SourceWidth = info.Width, SourceHeight = info.Height,
            });
        }
        return result;
    }

    /// <summary>
    /// Several visuals share the scene in turn (IMG-03). [OURS] In equal parts; but when a scene has as many
    /// paragraphs as pictures, each picture comes with its paragraph, changing in the silence before it.
    /// </summary>
    public static List<PlannedVisual> Spread(List<PlannedVisual> visuals, int frames, IReadOnlyList<PlacedSpeech> paragraphs, int fps)
    {
        var starts = new int[visuals.Count + 1];
        for (var i = 0; i < visuals.Count; i++)
            starts[i] = i == 0 ? 0
                : visuals.Count == paragraphs.Count ? (int)Math.Round((paragraphs[i].Start - TimingRules.ParagraphGap / 2) * fps)
                : frames * i / visuals.Count;
        starts[visuals.Count] = frames;
        var list = new List<PlannedVisual>();
        for (var i = 0; i < visuals.Count; i++)
        {
            var first = Math.Clamp(starts[i], 0, frames - 1);
            list.Add(visuals[i] with { FirstFrame = first, Frames = Math.Max(1, starts[i + 1] - first) });
        }
        return list;
    }
}
