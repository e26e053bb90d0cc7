using DocsVideo.Media;

namespace DocsVideo.Music;

/// <summary>
/// Renders an arrangement to a 48 kHz stereo WAV. Note tails that run past the end wrap round to the start, so the
/// loop has no click and no gap where it repeats. The level is set for music under speech.
/// </summary>
public static class MusicSynth
{
    public const int SampleRate = 48000;
    /// <summary>RMS of a rendered track (about -24 dBFS): background level under narration at volume 1.</summary>
    private const double TargetRms = 0.063;

    public static (float[] Left, float[] Right) Render(Arrangement arrangement)
    {
        var length = (int)Math.Round(arrangement.Seconds * SampleRate);
        var left = new float[length];
        var right = new float[length];
        var random = new Random(arrangement.Name.Aggregate(17, (h, c) => h * 31 + c));
        foreach (var note in arrangement.Notes.OrderBy(n => n.Beat).ThenBy(n => n.Pitch))
        {
            var samples = Instruments.Render(note, arrangement.SecondsPerBeat, SampleRate, random);
            var start = (int)Math.Round(note.Beat * arrangement.SecondsPerBeat * SampleRate);
            var (gainL, gainR) = (Math.Sqrt((1 - note.Pan) / 2), Math.Sqrt((1 + note.Pan) / 2));
            for (var i = 0; i < samples.Length; i++)
            {
                var at = (start + i) % length;
                left[at] += (float)(samples[i] * gainL);
                right[at] += (float)(samples[i] * gainR);
            }
        }
        double energy = 0;
        for (var i = 0; i < length; i++) energy += (double)left[i] * left[i] + (double)right[i] * right[i];
        var rms = Math.Sqrt(energy / (2.0 * length));
        var gain = rms > 0 ? TargetRms / rms : 1;
        for (var i = 0; i < length; i++)
        {
            // A soft limiter keeps drum peaks from clipping after the level is set.
            left[i] = (float)Math.Tanh(left[i] * gain * 1.2) / 1.2f;
            right[i] = (float)Math.Tanh(right[i] * gain * 1.2) / 1.2f;
        }
        return (left, right);
    }

    public static void WriteWav(Arrangement arrangement, string path)
    {
        var (left, right) = Render(arrangement);
        WavFile.WriteStereoFloat(path, left, right, SampleRate);
    }
}
