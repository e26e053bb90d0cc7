using DocsVideo.Script;
using DocsVideo.Timeline;

namespace DocsVideo.Media;

/// <summary>A stretch of a scene's frames, in scene frames from <see cref="First"/>.</summary>
public abstract record SceneRun(int First, int Frames)
{
    public int End => First + Frames;
}

/// <summary>Identical frames: a picture (already composed with slides, callouts and the cue of its time) held still.</summary>
public sealed record StillRun(int First, int Frames, string Png) : SceneRun(First, Frames);

/// <summary>Frames ffmpeg must compute: a clip playing. <see cref="FreezePng"/> receives its last frame when a hold follows.</summary>
public sealed record ClipRun(int First, int Frames, PlannedVisual Clip, string? FreezePng) : SceneRun(First, Frames);

/// <summary>A picture moving slowly (AST-12 zoom, zoomout, pan, panzoom, panzoomout): every frame differs.</summary>
public sealed record MotionRun(int First, int Frames, PlannedVisual Picture) : SceneRun(First, Frames);

/// <summary>
/// Cuts a scene into runs: a picture is one still run; a clip plays in a clip run and, under the freeze rule, its
/// last frame holds in a still run after it (VID-01). Still runs are then split where burned-in cues start and end.
/// </summary>
public static class SceneRuns
{
    public static List<SceneRun> Of(ScenePlan scene, int fps, Func<int, PlannedVisual?, string> still, Func<int, string> freezeFrame)
    {
        var runs = new List<SceneRun>();
        if (scene.Visuals.Count == 0) runs.Add(new StillRun(0, scene.Frames, still(0, null)));
        for (var i = 0; i < scene.Visuals.Count; i++)
        {
            var visual = scene.Visuals[i];
            if (visual.Kind != VisualKind.Video)
            {
                runs.Add(visual.Motion != null && visual.Frames > 1
                    ? new MotionRun(visual.FirstFrame, visual.Frames, visual)
                    : new StillRun(visual.FirstFrame, visual.Frames, still(i, visual)));
                continue;
            }
            var playing = visual.Sync == VideoSync.Freeze
                ? Math.Clamp((int)Math.Ceiling(visual.SourceSeconds * fps - 1e-6), 1, visual.Frames)
                : visual.Frames;
            var frozen = playing < visual.Frames ? freezeFrame(i) : null;
            runs.Add(new ClipRun(visual.FirstFrame, playing, visual, frozen));
            if (frozen != null) runs.Add(new StillRun(visual.FirstFrame + playing, visual.Frames - playing, frozen));
        }
        return runs;
    }

    /// <summary>Frame ranges of the burned-in cues, clipped to the scene.</summary>
    public static List<(int First, int End, SubtitleCue Cue)> CueFrames(ScenePlan scene, int fps) =>
        scene.BurnedCues.Select(c => (First: Math.Clamp((int)Math.Round(c.Start * fps), 0, scene.Frames), End: Math.Clamp((int)Math.Round(c.End * fps), 0, scene.Frames), Cue: c))
            .Where(c => c.End > c.First).ToList();

    /// <summary>A still run cut where cues begin and end: each part holds the cue active during it, or none.</summary>
    public static IEnumerable<(int First, int End, SubtitleCue? Cue)> SplitByCues(StillRun run, List<(int First, int End, SubtitleCue Cue)> cues)
    {
        var cuts = cues.SelectMany(c => new[] { c.First, c.End }).Where(f => f > run.First && f < run.End)
            .Append(run.First).Append(run.End).Distinct().Order().ToList();
        for (var k = 0; k + 1 < cuts.Count; k++)
        {
            var (from, to) = (cuts[k], cuts[k + 1]);
            var active = cues.Where(c => c.First <= from && c.End >= to).Select(c => c.Cue).LastOrDefault();
            yield return (from, to, active);
        }
    }
}
