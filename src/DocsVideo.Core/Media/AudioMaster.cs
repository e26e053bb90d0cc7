using System.Globalization;
using System.Text;
using DocsVideo.Speech;
using DocsVideo.Timeline;

namespace DocsVideo.Media;

/// <summary>
/// Builds the one continuous sound track of the video: the narration laid sample-exactly on the timeline, the
/// clips' and (audio:) sounds, and the background music looped with its fades (and, if asked, ducked under the
/// speech), mixed, brought to the loudness target, and encoded once as AAC 48 kHz stereo. Per-scene AAC pieces
/// would leave encoder priming gaps at every join.
/// </summary>
public static class AudioMaster
{
    /// <summary>[OURS] BGM-05: how long music fades in at the start and out at the end.</summary>
    public const double MusicFadeSeconds = 2.0;

    /// <summary>Integrated loudness of the final mix unless told otherwise: the usual target for spoken web video.</summary>
    public const double DefaultLoudness = -16;

    private const double TruePeak = -1.5;

    public static async Task RenderAsync(VideoPlan plan, string? musicFile, string workDir, string output, CancellationToken cancel)
    {
        var rate = SpokenClip.SampleRate;
        var total = (long)plan.TotalFrames * rate / plan.Fps;
        var narration = Path.Combine(workDir, "narration.wav");
        WriteNarration(plan, total, narration);
        var mix = Path.Combine(workDir, "mix.wav");
        await MixAsync(plan, musicFile, narration, total, mix, cancel);

        var filter = "anull";
        if (plan.Loudness is { } target && Measure(mix) is { } input)
        {
            // One linear gain to the target, so music under a pause keeps its level relative to speech;
            // a limiter catches the few peaks the gain would push past -1.5 dBFS.
            var limit = Math.Pow(10, TruePeak / 20);
            filter = string.Create(CultureInfo.InvariantCulture, $"volume={target - input:0.##}dB,alimiter=limit={limit:0.###}:level=0:attack=5:release=50");
        }
        await Ffmpeg.RunAsync([.. Ffmpeg.Input(mix), "-af", $"{filter},atrim=end_sample={total}", "-c:a", "aac", "-aac_coder", "fast", "-b:a", "160k",
            "-ar", rate.ToString(CultureInfo.InvariantCulture), "-ac", "2", Ffmpeg.Output(output)], cancel);
    }

    /// <summary>Integrated loudness (EBU R128) of the mix, null when it is silent.</summary>
    private static double? Measure(string wav)
    {
        var samples = WavFile.Read16(wav, out var rate, out var channels);
        return Loudness.Integrated(samples, channels, rate);
    }

    /// <summary>Mixes everything into one WAV.</summary>
    private static async Task MixAsync(VideoPlan plan, string? musicFile, string narration, long total, string output, CancellationToken cancel)
    {
        var rate = SpokenClip.SampleRate;
        var arguments = new List<string>(Ffmpeg.Input(narration));
        var hasMusic = musicFile != null && plan.Music != null;
        var ducked = hasMusic && plan.Ducking;
        var graph = new StringBuilder($"[0:a]pan=stereo|c0=c0|c1=c0{(ducked ? ",asplit=2[n][key]" : "[n]")};");
        var mix = new List<string> { "[n]" };
        var index = 1;
        foreach (var sound in plan.Sounds)
        {
            arguments.AddRange(["-ss", VideoFilters.Number(sound.SourceStart), "-t", VideoFilters.Number(sound.Seconds), .. Ffmpeg.Input(sound.File)]);
            var delay = (long)Math.Round(sound.At * 1000);
            graph.Append($"[{index}:a]aformat=sample_rates={rate}:channel_layouts=stereo,volume={VideoFilters.Number(sound.Volume)},adelay={delay}:all=1[s{index}];");
            mix.Add($"[s{index}]");
            index++;
        }
        if (hasMusic)
        {
            arguments.AddRange(["-stream_loop", "-1", .. Ffmpeg.Input(musicFile!)]);
            var seconds = plan.TotalSeconds;
            var fade = Math.Min(MusicFadeSeconds, seconds / 2);
            graph.Append($"[{index}:a]aformat=sample_rates={rate}:channel_layouts=stereo,atrim=end_sample={total},volume={VideoFilters.Number(plan.Music!.Volume)}");
            if (plan.Music.FadeIn) graph.Append($",afade=t=in:d={VideoFilters.Number(fade)}");
            if (plan.Music.FadeOut) graph.Append($",afade=t=out:st={VideoFilters.Number(seconds - fade)}:d={VideoFilters.Number(fade)}");
            // Ducking: the narration drives a compressor on the music, about 10 dB down while someone speaks.
            graph.Append(ducked ? "[music];[music][key]sidechaincompress=threshold=0.01:ratio=8:attack=40:release=500[m];" : "[m];");
            mix.Add("[m]");
        }
        graph.Append(mix.Count == 1 ? "[n]anull" : $"{string.Concat(mix)}amix=inputs={mix.Count}:duration=first:normalize=0");
        graph.Append($",apad=whole_len={total},atrim=end_sample={total}[out]");
        arguments.AddRange(["-filter_complex", graph.ToString(), "-map", "[out]", "-c:a", "pcm_s16le", "-ar", rate.ToString(CultureInfo.InvariantCulture), "-f", "wav", Ffmpeg.Output(output)]);
        await Ffmpeg.RunAsync(arguments, cancel);
    }

    /// <summary>Every voiced paragraph copied to its sample position; silence everywhere else.</summary>
    /// <remarks>Compiled optimised at once: it runs once per build, on the edit's critical path.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void WriteNarration(VideoPlan plan, long total, string path)
    {
        var rate = SpokenClip.SampleRate;
        var track = new short[total];
        foreach (var scene in plan.Scenes)
        {
            var sceneStart = (long)scene.StartFrame * rate / plan.Fps;
            foreach (var speech in scene.Speech)
            {
                var clip = WavFile.ReadMono16(speech.WavPath, out _);
                var at = sceneStart + (long)Math.Round(speech.Start * rate);
                var count = Math.Min(Math.Min(clip.Length, (long)Math.Round(speech.Seconds * rate)), total - at);
                for (var i = 0; i < count; i++) track[at + i] = (short)Math.Clamp(track[at + i] + clip[i], short.MinValue, short.MaxValue);
            }
        }
        WavFile.WriteMono16(path, track, rate);
    }
}
