using DocsVideo.Script;

namespace DocsVideo.Media;

/// <summary>
/// Encodes one transition as its own short clip: the last frame of the previous scene blended into the head of the
/// next with an xfade effect (TRN-05, TRN-06). It replaces that head, so transitions never lengthen the video (TRN-07).
/// </summary>
public sealed class TransitionRenderer(EncoderSettings encoder)
{
    public Task RenderAsync(string previousLastFrame, string nextHead, TransitionSpec transition, int frames, int fps, string output, CancellationToken cancel)
    {
        var effect = Script.TransitionParser.Effects[transition.Type];
        var seconds = VideoFilters.Number((double)frames / fps);
        // A plain dissolve is the commonest transition: overlay blends it at half of xfade's cost, with the same result
        // (the new scene's weight grows as t / duration).
        var blend = effect == "fade"
            ? $"[b]format=yuva420p,fade=t=in:st=0:d={seconds}:alpha=1[faded];[a][faded]overlay=format=yuv420:shortest=1"
            : $"[a][b]xfade=transition={effect}:duration={seconds}:offset=0";
        var graph = $"[0:v]format=yuv420p,loop=loop={frames - 1}:size=1,setpts=N/{fps}/TB,settb=1/{fps}[a];" +
                    $"[1:v]setpts=N/{fps}/TB,settb=1/{fps}[b];{blend},format=yuv420p";
        // A transition is a fraction of a second: one thread does it in half the CPU time of a pool (see Ffmpeg.RunAsync).
        return Ffmpeg.RunAsync(["-framerate", fps.ToString(), .. Ffmpeg.Input(previousLastFrame, threads: 1), .. Ffmpeg.Input(nextHead, threads: 1),
            "-filter_complex", graph, .. encoder.TransitionArguments(fps, threads: 1), "-frames:v", frames.ToString(), Ffmpeg.Output(output)], cancel, threads: 1);
    }
}
