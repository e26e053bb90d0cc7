using System.Text;
using DocsVideo.Slides;
using DocsVideo.Timeline;

namespace DocsVideo.Media;

/// <summary>
/// Encodes one scene into its head, body and last frame (see <see cref="SegmentFiles"/>). The scene is cut into runs
/// (<see cref="SceneRuns"/>): a playing clip is encoded frame by frame, but a held picture — a still, a text slide, a
/// clip's frozen last frame — is encoded once as a one-second piece and repeated by stream copy, since its frames are
/// all the same. Most of a tutorial is held pictures, so most of it costs almost nothing to encode.
/// </summary>
/// <param name="threads">
/// Threads for a playing clip or moving picture (0: ffmpeg's choice; 1 when every core renders a scene of its own).
/// Held pictures are a second long and always use one.
/// </param>
public sealed class SegmentRenderer(EncoderSettings encoder, int threads)
{
    public async Task RenderAsync(ScenePlan scene, VideoPlan plan, SegmentFiles output, string workDir, CancellationToken cancel)
    {
        Directory.CreateDirectory(workDir);
        var job = new Job(scene, plan, encoder, threads, workDir, cancel);
        await job.RunAsync(output);
    }

    private sealed class Job(ScenePlan scene, VideoPlan plan, EncoderSettings encoder, int threads, string workDir, CancellationToken cancel)
    {
        private readonly int _fps = plan.Fps;
        /// <summary>Encoded pieces in the scene: where they start, and how many of the file's frames they use (null: all).</summary>
        private readonly List<(int First, string File, int? Frames, bool Head)> _pieces = [];
        /// <summary>The one encoded run of each held picture, by picture: its file and length in frames.</summary>
        private readonly Dictionary<string, (string File, int Frames)> _encodedStills = [];
        private int _files;

        public async Task RunAsync(SegmentFiles output)
        {
            var stills = new Dictionary<int, string>();
            if (scene.Visuals.Count == 0) stills[0] = Still(null);
            for (var i = 0; i < scene.Visuals.Count; i++)
                if (scene.Visuals[i].Kind != VisualKind.Video) stills[i] = await StillAsync(scene.Visuals[i]);
            var runs = SceneRuns.Of(scene, _fps, (i, _) => stills[i], i => NewFile($"freeze{i}", ".png"));
            var cues = SceneRuns.CueFrames(scene, _fps);
            var lastFrame = "";
            // Moving runs first: a clip's frozen last frame is the picture of the still run after it.
            foreach (var moving in runs.Where(r => r is ClipRun or MotionRun))
                if (await MovingAsync(moving, cues, moving.End == scene.Frames) is { } last) lastFrame = last;
            foreach (var still in runs.OfType<StillRun>())
                foreach (var (first, end, cue) in SceneRuns.SplitByCues(still, cues))
                {
                    var png = cue == null ? still.Png : WithCue(still.Png, cue);
                    await HeldAsync(png, first, end);
                    if (end == scene.Frames) lastFrame = png;
                }
            File.Copy(lastFrame, output.LastFrame, overwrite: true);
            var joins = new List<(IEnumerable<(int, string, int?, bool)> Pieces, string Output)> { (_pieces.Where(p => !p.Head), output.Body) };
            if (output.Head != null) joins.Add((_pieces.Where(p => p.Head), output.Head));
            await JoinAsync(joins);
        }

        /// <summary>The picture of a still or text scene: canvas, fitted image, callouts and slides.</summary>
        private async Task<string> StillAsync(PlannedVisual visual)
        {
            if (visual.StillAt is { } at)
            {
                // start/end of a clip (AST-14): grab that frame once, then treat it as a picture.
                var grabbed = NewFile("grab", ".png");
                await Ffmpeg.RunAsync(["-ss", VideoFilters.Number(at), .. Ffmpeg.Input(visual.File), "-frames:v", "1", "-update", "1", Ffmpeg.Output(grabbed)], cancel);
                visual = visual with { File = grabbed };
            }
            return Still(visual);
        }

        private string Still(PlannedVisual? visual)
        {
            var png = NewFile("still", ".png");
            SlideRenderer.RenderStill(scene, visual, plan.Width, plan.Height, png);
            return png;
        }

        private string WithCue(string png, SubtitleCue cue)
        {
            var layer = NewFile("cue", ".png");
            SubtitleRenderer.Render(cue, plan.Subtitles, plan.SubtitleFont, plan.Width, plan.Height, layer, plan.Language);
            var composed = NewFile("still-cue", ".png");
            SlideRenderer.Compose(png, layer, composed);
            return composed;
        }

        /// <summary>
        /// Frames first..end of one picture: whole seconds repeat one encoded second, the rest is a prefix of it. Shorter
        /// pieces are the encoded run's first frames, used up to their length by the join (no cut file, no extra process).
        /// </summary>
        private async Task HeldAsync(string png, int first, int end)
        {
            var parts = Split(first, end).ToList();
            var longest = parts.Max(p => Math.Min(p.To - p.From, _fps));
            var (file, frames) = await EncodeHeldAsync(png, longest);
            foreach (var (from, to, head) in parts)
            {
                var at = from;
                for (var k = 0; k < (to - from) / _fps; k++, at += _fps) _pieces.Add((at, file, _fps == frames ? null : _fps, head));
                if ((to - from) % _fps is var rest and > 0) _pieces.Add((at, file, rest == frames ? null : rest, head));
            }
        }

        /// <summary>The picture encoded once, at least <paramref name="frames"/> long (a second at most); one encoder per picture keeps memory low.</summary>
        private async Task<(string File, int Frames)> EncodeHeldAsync(string png, int frames)
        {
            if (_encodedStills.TryGetValue(png, out var done) && done.Frames >= frames) return done;
            var file = NewFile("held", ".mp4");
            await Ffmpeg.RunAsync(["-framerate", _fps.ToString(), .. Ffmpeg.Input(png, threads: 1),
                "-vf", $"format=yuv420p,loop=loop={frames - 1}:size=1:start=0,setpts=N/{_fps}/TB",
                .. encoder.Arguments(_fps, threads: 1), "-frames:v", frames.ToString(), Ffmpeg.Output(file)], cancel, threads: 1);
            return _encodedStills[png] = (file, frames);
        }

        /// <summary>The input and filter chain of a playing clip, fitted and timed by its sync rule.</summary>
        private (List<string> Inputs, StringBuilder Graph) ClipSource(ClipRun run)
        {
            var clip = run.Clip;
            var seconds = (double)run.Frames / _fps;
            var looping = clip.Sync is Script.VideoSync.Loop or Script.VideoSync.LoopAudio;
            var inputs = new List<string>();
            if (looping) inputs.AddRange(["-stream_loop", "-1"]);
            if (!looping && clip.SourceStart > 0) inputs.AddRange(["-ss", VideoFilters.Number(clip.SourceStart)]);
            if (!looping) inputs.AddRange(["-t", VideoFilters.Number(clip.SourceSeconds)]);
            inputs.AddRange(Ffmpeg.Input(clip.File, threads));
            var graph = new StringBuilder("[0:v]");
            if (looping) graph.Append($"trim=start={VideoFilters.Number(clip.SourceStart)},setpts=PTS-STARTPTS,");
            // match (VID-02): the used part is stretched or squeezed to the scene's length.
            if (clip.Sync == Script.VideoSync.Match) graph.Append($"setpts=PTS*{VideoFilters.Number((double)clip.Frames / _fps / clip.SourceSeconds)},");
            graph.Append($"fps={_fps},{VideoFilters.Fit(clip, plan.Width, plan.Height)},format=yuv420p,");
            // A clip a frame short of its run (rounding) holds its last frame rather than ending early.
            graph.Append($"tpad=stop_mode=clone:stop_duration={VideoFilters.Number(seconds + 1)},trim=end_frame={run.Frames},setpts=N/{_fps}/TB");
            return (inputs, graph);
        }

        /// <summary>The input and filter chain of a moving picture: drawn at twice the frame size, then zoomed and panned.</summary>
        private (List<string> Inputs, StringBuilder Graph) MotionSource(MotionRun run)
        {
            var picture = NewFile("picture", ".png");
            SlideRenderer.RenderPicture(run.Picture, plan.Width * 2, plan.Height * 2, picture);
            var graph = new StringBuilder($"[0:v]loop=loop={run.Frames - 1}:size=1:start=0,setpts=N/{_fps}/TB,");
            graph.Append(Motion.Filter(run.Picture.Motion!, run.Picture.Anchor, run.Frames, plan.Width, plan.Height, _fps));
            graph.Append($",format=yuv420p,trim=end_frame={run.Frames},setpts=N/{_fps}/TB");
            return (["-framerate", _fps.ToString(), .. Ffmpeg.Input(picture, threads)], graph);
        }

        /// <summary>Encodes a moving run with the slides and callouts over it and its cues; returns the scene's last frame if the run ends the scene.</summary>
        private async Task<string?> MovingAsync(SceneRun run, List<(int First, int End, SubtitleCue Cue)> cues, bool endsScene)
        {
            var (inputs, graph) = run is ClipRun clipRun ? ClipSource(clipRun) : MotionSource((MotionRun)run);
            var visual = run is ClipRun c ? c.Clip : ((MotionRun)run).Picture;
            var overlay = NewFile("overlay", ".png");
            if (SlideRenderer.RenderOverlay(scene, visual, plan.Width, plan.Height, overlay))
            {
                inputs.AddRange(Ffmpeg.Input(overlay, threads));
                graph.Append("[c];[c][1:v]overlay=0:0:format=auto");
            }
            var freezePng = (run as ClipRun)?.FreezePng;
            var outputs = new List<string>();
            if (freezePng != null)
            {
                graph.Append(",split[pre][freeze];[freeze]");
                graph.Append($"trim=start_frame={run.Frames - 1},setpts=N/{_fps}/TB[frozen];[pre]null");
                outputs.AddRange(["-map", "[frozen]", "-frames:v", "1", "-update", "1", Ffmpeg.Output(freezePng)]);
            }
            else graph.Append(",null");
            var layerIndex = inputs.Count(a => a == "-i");
            foreach (var (first, end, cue) in cues.Where(c => c.End > run.First && c.First < run.End))
            {
                var layer = NewFile("cue", ".png");
                SubtitleRenderer.Render(cue, plan.Subtitles, plan.SubtitleFont, plan.Width, plan.Height, layer, plan.Language);
                inputs.AddRange(Ffmpeg.Input(layer, threads));
                graph.Append($"[p{layerIndex}];[p{layerIndex}][{layerIndex}:v]overlay=0:0:format=auto:enable='between(n,{first - run.First},{end - run.First - 1})'");
                layerIndex++;
            }
            var parts = Split(run.First, run.End).ToList();
            var last = endsScene ? NewFile("last", ".png") : null;
            graph.Append($",format=yuv420p,split={parts.Count + (last != null ? 1 : 0)}");
            for (var k = 0; k < parts.Count; k++) graph.Append($"[o{k}]");
            if (last != null) graph.Append("[l]");
            for (var k = 0; k < parts.Count; k++)
            {
                var (from, to, head) = parts[k];
                graph.Append($";[o{k}]trim=start_frame={from - run.First}:end_frame={to - run.First},setpts=N/{_fps}/TB[v{k}]");
                var file = NewFile(head ? "clip-head" : "clip", ".mp4");
                outputs.AddRange(["-map", $"[v{k}]", .. encoder.Arguments(_fps, threads), "-frames:v", (to - from).ToString(), Ffmpeg.Output(file)]);
                _pieces.Add((from, file, null, head));
            }
            if (last != null)
            {
                graph.Append($";[l]trim=start_frame={run.Frames - 1},setpts=N/{_fps}/TB[lf]");
                outputs.AddRange(["-map", "[lf]", "-frames:v", "1", "-update", "1", Ffmpeg.Output(last)]);
            }
            await Ffmpeg.RunAsync([.. inputs, "-filter_complex", graph.ToString(), .. outputs], cancel, threads);
            return last;
        }

        /// <summary>Frames first..end cut at the end of the transition head: the head is encoded apart from the body.</summary>
        private IEnumerable<(int From, int To, bool Head)> Split(int first, int end)
        {
            var head = scene.TransitionFrames;
            if (first < head) yield return (first, Math.Min(end, head), true);
            if (end > head) yield return (Math.Max(first, head), end, false);
        }

        /// <summary>
        /// Each output's pieces in frame order, joined by stream copy (every piece starts with a keyframe); all joins
        /// in one ffmpeg run, and an output of one whole piece is a copy.
        /// </summary>
        private async Task JoinAsync(IEnumerable<(IEnumerable<(int First, string File, int? Frames, bool Head)> Pieces, string Output)> joins)
        {
            var arguments = new List<string>();
            var outputs = new List<string>();
            var inputs = 0;
            foreach (var (pieces, output) in joins)
            {
                var ordered = pieces.OrderBy(p => p.First).ToList();
                if (ordered is [{ Frames: null } whole])
                {
                    File.Copy(whole.File, output, overwrite: true);
                    continue;
                }
                var list = ordered.Select(p => (p.File, p.Frames is { } n ? (double?)EndOfFrames(n) : null));
                arguments.AddRange(await ConcatList.InputAsync(list, NewFile("pieces", ".ffconcat"), cancel));
                outputs.AddRange(["-map", $"{inputs++}:v", "-c", "copy", "-f", "mp4", Ffmpeg.Output(output)]);
            }
            if (outputs.Count > 0) await Ffmpeg.RunAsync([.. arguments, .. outputs], cancel);
        }

        /// <summary>
        /// The end of n frames as the concat demuxer reads an outpoint (whole microseconds, packets at or after it
        /// dropped): rounded down, so frame n is left out even where n/fps does not end in whole microseconds.
        /// </summary>
        private double EndOfFrames(int frames) => Math.Floor(frames * 1_000_000.0 / _fps) / 1_000_000;

        private string NewFile(string name, string extension) => Path.Combine(workDir, $"{name}{_files++}{extension}");
    }
}
