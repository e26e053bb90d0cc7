using DocsVideo.Media;

namespace DocsVideo.Speech;

/// <summary>
/// Turns what an engine wrote into a narration clip: mono, 16-bit, 48 kHz, trimmed to the speech itself so cue times
/// follow the voice (SUB-08). Done here rather than by an ffmpeg run per paragraph, which cost a process start each
/// (a tenth of a second) at the very start of every build, before any scene can render.
/// </summary>
public static class ClipMaker
{
    /// <summary>Quieter than this (-50 dBFS) is the silence engines pad their output with.</summary>
    private const double SilenceThreshold = 32768 * 0.00316;
    /// <summary>Silence kept before and after the speech, as ffmpeg's silenceremove did: consonants start softly.</summary>
    private const double KeptSilenceSeconds = 0.02;

    public static async Task MakeAsync(string engineOutput, string clip, CancellationToken cancel)
    {
        var samples = WavFile.TryRead16(engineOutput, out var rate, out var channels);
        if (samples == null)
        {
            // MP3, float or 24-bit WAV and the like: ffmpeg makes it 16-bit PCM first.
            var converted = clip + ".pcm.wav";
            try
            {
                await Ffmpeg.RunAsync([.. Ffmpeg.Input(engineOutput), "-ac", "1", "-ar", SpokenClip.SampleRate.ToString(), "-c:a", "pcm_s16le", "-f", "wav",
                    Ffmpeg.Output(converted)], cancel);
                samples = WavFile.Read16(converted, out rate, out channels);
            }
            finally { File.Delete(converted); }
        }
        var mono = Downmix(samples, channels);
        var speech = Trim(mono, rate);
        WavFile.WriteMono16(clip, Resampler.Resample(speech, rate, SpokenClip.SampleRate), SpokenClip.SampleRate);
    }

    /// <summary>The mean of the channels, as ffmpeg's <c>-ac 1</c> makes it.</summary>
    private static short[] Downmix(short[] interleaved, int channels)
    {
        if (channels == 1) return interleaved;
        var mono = new short[interleaved.Length / channels];
        for (var i = 0; i < mono.Length; i++)
        {
            var sum = 0;
            for (var c = 0; c < channels; c++) sum += interleaved[i * channels + c];
            mono[i] = (short)(sum / channels);
        }
        return mono;
    }

    /// <summary>The samples from a little before the first sound to a little after the last; empty when all is silence.</summary>
    private static ReadOnlySpan<short> Trim(short[] samples, int rate)
    {
        var first = Array.FindIndex(samples, s => Math.Abs((int)s) > SilenceThreshold);
        if (first < 0) return [];
        var last = Array.FindLastIndex(samples, s => Math.Abs((int)s) > SilenceThreshold);
        var kept = (int)(KeptSilenceSeconds * rate);
        var start = Math.Max(0, first - kept);
        var end = Math.Min(samples.Length, last + 1 + kept);
        return samples.AsSpan(start, end - start);
    }
}
