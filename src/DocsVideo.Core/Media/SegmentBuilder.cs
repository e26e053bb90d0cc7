using DocsVideo.Caching;
using DocsVideo.Script;
using DocsVideo.Slides;
using DocsVideo.Timeline;
using DocsVideo.Tools;

namespace DocsVideo.Media;

/// <summary>
/// Puts every segment and transition a plan needs into the cache and returns the pieces to join, in order. Work is
/// spread over all cores: the longest scenes start first, and each transition starts as soon as its two scenes are
/// there. Scenes with equal content keys are rendered once.
/// </summary>
public sealed class SegmentBuilder(ContentStore store, EncoderSettings encoder, int parallelism, Action<string> log)
{
    private const string Segments = "segments";
    private const string Transitions = "transitions";

    /// <summary>Transitions being made in this build, by key: equal pictures are blended once.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<bool>> _transitions = new();

    /// <param name="Poster">The first scene's last frame, full size: the video's poster picture (OUT-04).</param>
    public sealed record Result(IReadOnlyList<string> Pieces, IReadOnlySet<int> Rendered, int TransitionsRendered, string Poster);

    /// <summary>Null when a scene failed; the reason is in <paramref name="diagnostics"/>.</summary>
    public async Task<Result?> BuildAsync(VideoPlan plan, string work, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        using var gate = new SemaphoreSlim(Math.Max(1, parallelism));
        var missing = plan.Scenes.Where(s => !IsCached(s)).ToList();
        var unique = missing.DistinctBy(s => s.ContentKey)
            .OrderByDescending(s => s.Visuals.Where(v => v.Kind == VisualKind.Video).Sum(v => v.Frames)).ThenByDescending(s => s.Frames).ToList();
        var threads = ThreadsPerScene(Math.Min(parallelism, unique.Count));
        var done = 0;
        var segments = unique.ToDictionary(s => s.ContentKey, s => Gated(gate, async () =>
        {
            await RenderSceneAsync(s, plan, Path.Combine(work, $"scene{s.Number}"), threads, cancel);
            log($"scene {s.Number} rendered ({Interlocked.Increment(ref done)}/{unique.Count}, line {s.StartLine})");
        }, s, diagnostics, cancel));
        Task<bool> Ready(string key) => segments.TryGetValue(key, out var task) ? task : Task.FromResult(true);
        async Task<string?> SegmentPath(string key) => await Ready(key) ? store.PathFor(Segments, key, ".mp4") : null;

        var pieces = new List<Task<string?>>();
        var transitionsRendered = 0;
        for (var i = 0; i < plan.Scenes.Count; i++)
        {
            var scene = plan.Scenes[i];
            if (scene.TransitionFrames > 0)
                pieces.Add(TransitionAfter(Ready(plan.Scenes[i - 1].ContentKey), Ready(scene.ContentKey), gate, plan.Scenes[i - 1], scene, plan,
                    () => Interlocked.Increment(ref transitionsRendered), diagnostics, cancel));
            pieces.Add(SegmentPath(scene.ContentKey));
        }
        var paths = await Task.WhenAll(pieces);
        await Task.WhenAll(segments.Values);
        return paths.All(p => p != null) ? new Result(paths!, missing.Select(s => s.Number).ToHashSet(), transitionsRendered,
            store.PathFor(Segments, plan.Scenes[0].ContentKey, ".last.png")) : null;
    }

    /// <summary>A segment is usable only with every piece it is asked for (eviction or a crash may have taken one).</summary>
    private bool IsCached(ScenePlan scene) =>
        store.Contains(Segments, scene.ContentKey, ".mp4") && store.Contains(Segments, scene.ContentKey, ".last.png")
        && (scene.TransitionFrames == 0 || store.Contains(Segments, scene.ContentKey, ".head.mp4"));

    /// <summary>The transition into <paramref name="scene"/>, from the cache or rendered once both its pictures are there; null on failure.</summary>
    private async Task<string?> TransitionAfter(Task<bool> previousReady, Task<bool> nextReady, SemaphoreSlim gate, ScenePlan previous, ScenePlan scene,
        VideoPlan plan, Action rendered, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        if (!await previousReady || !await nextReady) return null;
        var lastFrame = store.PathFor(Segments, previous.ContentKey, ".last.png");
        var head = store.PathFor(Segments, scene.ContentKey, ".head.mp4");
        var key = ContentKeys.Transition(Hash.OfFile(lastFrame), Hash.OfFile(head), scene, encoder.TransitionId(plan.Fps), await FfmpegVersion.GetAsync(cancel));
        var path = store.PathFor(Transitions, key, ".mp4");
        if (store.Contains(Transitions, key, ".mp4")) return path;
        var made = await _transitions.GetOrAdd(key, _ => Gated(gate, async () =>
        {
            var temp = store.TempFor(Transitions, key, ".mp4");
            try
            {
                await new TransitionRenderer(encoder).RenderAsync(lastFrame, head, scene.TransitionIn, scene.TransitionFrames, plan.Fps, temp, cancel);
                store.Commit(temp, Transitions, key, ".mp4");
                rendered();
            }
            finally { File.Delete(temp); }
        }, scene, diagnostics, cancel));
        return made ? path : null;
    }

    /// <summary>Runs one piece of work when a core is free; a failure becomes an error at the scene's first line.</summary>
    private static async Task<bool> Gated(SemaphoreSlim gate, Func<Task> work, ScenePlan scene, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        await gate.WaitAsync(cancel);
        try
        {
            await work();
            return true;
        }
        catch (Exception e) when (e is ToolFailedException or InvalidDataException or FontMissingException)
        {
            lock (diagnostics)
                diagnostics.Error(DiagnosticCodes.RenderFailed, scene.StartLine, 1, $"scene {scene.Number} could not be rendered: {e.Message}");
            return false;
        }
        finally { gate.Release(); }
    }

    /// <summary>
    /// Each scene's share of the cores when <paramref name="jobs"/> render at once: one thread each when they fill the
    /// cores (measured: two clips side by side on 2 cores take 10 % less time single-threaded than with x264's own pools),
    /// ffmpeg's choice for a scene alone (an edit), which keeps both cores on it.
    /// </summary>
    private static int ThreadsPerScene(int jobs) => jobs <= 1 ? 0 : Math.Max(1, Environment.ProcessorCount / jobs);

    private async Task RenderSceneAsync(ScenePlan scene, VideoPlan plan, string work, int threads, CancellationToken cancel)
    {
        var key = scene.ContentKey;
        var temp = new SegmentFiles(store.TempFor(Segments, key, ".mp4"),
            scene.TransitionFrames > 0 ? store.TempFor(Segments, key, ".head.mp4") : null, store.TempFor(Segments, key, ".last.png"));
        try
        {
            await new SegmentRenderer(encoder, threads).RenderAsync(scene, plan, temp, work, cancel);
            // The body goes in last: once it is there, the whole entry is.
            if (temp.Head != null) store.Commit(temp.Head, Segments, key, ".head.mp4");
            store.Commit(temp.LastFrame, Segments, key, ".last.png");
            store.Commit(temp.Body, Segments, key, ".mp4");
        }
        finally
        {
            foreach (var file in new[] { temp.Body, temp.Head, temp.LastFrame }) if (file != null) File.Delete(file);
        }
    }
}
