using System.Text;
using DocsVideo.Script;
using DocsVideo.Slides;
using DocsVideo.Timeline;

namespace DocsVideo.Media;

/// <summary>
/// Encodes one scene in a single ffmpeg run: stills are decoded once and repeated with the loop filter (never
/// <c>-loop 1</c>, which decodes the picture again for every frame); clips are fitted, timed by their sync rule and
/// held on their last frame; the result is split into head, body and last frame (see <see cref="SegmentFiles"/>).
/// </summary>
public sealed class SegmentRenderer(EncoderSettings encoder)
{
    public async Task RenderAsync(ScenePlan scene, VideoPlan plan, SegmentFiles output, string workDir, CancellationToken cancel)
    {
        Directory.CreateDirectory(workDir);
        var fps = plan.Fps;
        var inputs = new List<string>();
        var graph = new StringBuilder();
        var parts = new List<string>();
        var visuals = scene.Visuals.Count > 0 ? scene.Visuals : [null!];
        for (var i = 0; i < visuals.Count; i++)
        {
            var visual = visuals[i];
            var frames = visual?.Frames ?? scene.Frames;
            var label = $"v{i}";
            if (visual is { Kind: VisualKind.Video })
                await AddClipAsync(scene, visual, plan, workDir, inputs, graph, label, frames);
            else
            {
                var still = Path.Combine(workDir, $"still{i}.png");
                var source = visual;
                if (visual is { StillAt: { } at })
                {
                    // start/end of a clip (AST-14): grab that frame once, then treat it as a picture.
                    var grabbed = Path.Combine(workDir, $"grab{i}.png");
                    await Ffmpeg.RunAsync(["-ss", VideoFilters.Number(at), .. Ffmpeg.Input(visual.File), "-frames:v", "1", "-update", "1", Ffmpeg.Output(grabbed)], cancel);
                    source = visual with { File = grabbed };
                }
                SlideRenderer.RenderStill(scene, source, plan.Width, plan.Height, still);
                var index = Add(inputs, ["-framerate", fps.ToString(), .. Ffmpeg.Input(still)]);
                graph.Append($"[{index}:v]format=yuv420p,loop=loop={frames - 1}:size=1:start=0,setpts=N/{fps}/TB[{label}];");
            }
            parts.Add($"[{label}]");
        }
        graph.Append(parts.Count == 1 ? $"{parts[0]}null[all];" : $"{string.Concat(parts)}concat=n={parts.Count}:v=1:a=0[all];");
        var head = scene.TransitionFrames;
        var last = scene.Frames - 1;
        graph.Append($"[all]trim=end_frame={scene.Frames},setpts=N/{fps}/TB");
        // Burned-in cues: each its own layer, shown only during its time.
        for (var c = 0; c < scene.BurnedCues.Count; c++)
        {
            var cue = scene.BurnedCues[c];
            var layer = Path.Combine(workDir, $"cue{c}.png");
            SubtitleRenderer.Render(cue, plan.Subtitles, plan.SubtitleFont, plan.Width, plan.Height, layer);
            var index = Add(inputs, Ffmpeg.Input(layer));
            graph.Append($"[t{c}];[t{c}][{index}:v]overlay=0:0:format=auto:enable='between(t,{VideoFilters.Number(cue.Start)},{VideoFilters.Number(cue.End)})'");
        }
        graph.Append($",format=yuv420p,split={(head > 0 ? 3 : 2)}[b][l]{(head > 0 ? "[h]" : "")};");
        graph.Append($"[b]trim=start_frame={head},setpts=N/{fps}/TB[body];[l]trim=start_frame={last},setpts=N/{fps}/TB[last]");
        if (head > 0) graph.Append($";[h]trim=end_frame={head},setpts=N/{fps}/TB[head]");

        var video = encoder.Arguments(fps);
        var arguments = new List<string>(inputs) { "-filter_complex", graph.ToString() };
        arguments.AddRange(["-map", "[body]", .. video, "-frames:v", (scene.Frames - head).ToString(), Ffmpeg.Output(output.Body)]);
        arguments.AddRange(["-map", "[last]", "-frames:v", "1", "-update", "1", Ffmpeg.Output(output.LastFrame)]);
        if (head > 0) arguments.AddRange(["-map", "[head]", .. video, "-frames:v", head.ToString(), Ffmpeg.Output(output.Head!)]);
        await Ffmpeg.RunAsync(arguments, cancel);
    }

    private static async Task AddClipAsync(ScenePlan scene, PlannedVisual clip, VideoPlan plan, string workDir, List<string> inputs, StringBuilder graph, string label, int frames)
    {
        var fps = plan.Fps;
        var seconds = (double)frames / fps;
        var looping = clip.Sync is VideoSync.Loop or VideoSync.LoopAudio;
        var input = new List<string>();
        if (looping) input.AddRange(["-stream_loop", "-1"]);
        if (!looping && clip.SourceStart > 0) input.AddRange(["-ss", VideoFilters.Number(clip.SourceStart)]);
        if (!looping) input.AddRange(["-t", VideoFilters.Number(clip.SourceSeconds)]);
        var index = Add(inputs, [.. input, .. Ffmpeg.Input(clip.File)]);
        var chain = new StringBuilder($"[{index}:v]");
        if (looping) chain.Append($"trim=start={VideoFilters.Number(clip.SourceStart)},setpts=PTS-STARTPTS,");
        // match (VID-02): the used part is stretched or squeezed to the scene's length.
        if (clip.Sync == VideoSync.Match) chain.Append($"setpts=PTS*{VideoFilters.Number(seconds / clip.SourceSeconds)},");
        chain.Append($"fps={fps},{VideoFilters.Fit(clip, plan.Width, plan.Height)},format=yuv420p,");
        // freeze (VID-01): the last frame holds until the scene ends.
        chain.Append($"tpad=stop_mode=clone:stop_duration={VideoFilters.Number(seconds + 1)},trim=end_frame={frames},setpts=N/{fps}/TB");
        var overlay = Path.Combine(workDir, $"overlay{index}.png");
        if (SlideRenderer.RenderOverlay(scene, clip, plan.Width, plan.Height, overlay))
        {
            var layer = Add(inputs, Ffmpeg.Input(overlay));
            chain.Append($"[c{index}];[c{index}][{layer}:v]overlay=0:0:format=auto,format=yuv420p");
        }
        graph.Append(chain).Append($"[{label}];");
        await Task.CompletedTask;
    }

    /// <summary>Adds an input's arguments and returns its ffmpeg input index.</summary>
    private static int Add(List<string> inputs, IEnumerable<string> arguments)
    {
        var index = inputs.Count(a => a == "-i");
        inputs.AddRange(arguments);
        return index;
    }
}
