namespace DocsVideo.Music;

/// <summary>
/// Small synthesised instruments. Each renders one note into a mono buffer; all noise comes from a seeded
/// generator so a track is the same, sample for sample, on every machine and every build.
/// </summary>
public static class Instruments
{
    public static double Frequency(int pitch) => 440 * Math.Pow(2, (pitch - 69) / 12.0);

    /// <summary>Seconds a note of this instrument rings beyond its written length.</summary>
    public static double Release(Instrument instrument) => instrument switch
    {
        Instrument.Pad => 1.2, Instrument.Pluck => 1.0, Instrument.ElectricPiano => 0.8, Instrument.Bell => 1.5,
        Instrument.Lead => 0.15, Instrument.Bass => 0.1, _ => 0.3,
    };

    public static float[] Render(Note note, double secondsPerBeat, int rate, Random random)
    {
        var held = note.Beats * secondsPerBeat;
        var length = (int)((held + Release(note.Instrument)) * rate);
        var output = new float[length];
        var f = Frequency(note.Pitch);
        switch (note.Instrument)
        {
            case Instrument.Pluck: Pluck(output, f, rate, random); break;
            case Instrument.Kick:
                for (var i = 0; i < length; i++)
                {
                    var t = (double)i / rate;
                    var phase = 2 * Math.PI * (45 * t + 75 * (1 - Math.Exp(-t * 25)) / 25);
                    output[i] = (float)(Math.Sin(phase) * Math.Exp(-t * 9));
                }
                break;
            case Instrument.Snare or Instrument.HiHat or Instrument.Shaker: Noise(output, note.Instrument, rate, random); break;
            default:
                for (var i = 0; i < length; i++)
                {
                    var t = (double)i / rate;
                    output[i] = (float)(Tone(note.Instrument, f, t) * Envelope(note.Instrument, t, held));
                }
                break;
        }
        for (var i = 0; i < length; i++) output[i] *= (float)note.Velocity;
        return output;
    }

    private static double Tone(Instrument instrument, double f, double t)
    {
        var w = 2 * Math.PI * f * t;
        return instrument switch
        {
            Instrument.ElectricPiano => Math.Sin(w + 1.2 * Math.Exp(-t * 5) * Math.Sin(2 * w)) * (1 + 0.05 * Math.Sin(2 * Math.PI * 5 * t)),
            // Three slightly detuned, softened saws: a warm chorus pad.
            Instrument.Pad => (SoftSaw(f * t) + SoftSaw(f * 1.004 * t) + SoftSaw(f * 0.996 * t)) / 3,
            Instrument.Bass => Math.Tanh(1.6 * Math.Sin(w)) * 0.9,
            Instrument.Lead => 0.6 * Math.Sin(w) + 0.25 * Math.Sin(2 * w) + 0.12 * Math.Sin(3 * w),
            Instrument.Bell => Math.Sin(w) + 0.4 * Math.Sin(2.76 * w) * Math.Exp(-t * 3),
            _ => Math.Sin(w),
        };
    }

    private static double SoftSaw(double cycles)
    {
        // The first four harmonics only: a saw without the fizz. The higher ones come from the first by the
        // multiple-angle formulas, one sine and cosine per sample instead of four sines (pads are long notes).
        var (s1, c1) = Math.SinCos(2 * Math.PI * (cycles - Math.Floor(cycles)));
        var (s2, c2) = (2 * s1 * c1, 1 - 2 * s1 * s1);
        var s3 = s1 * (3 - 4 * s1 * s1);
        var s4 = 2 * s2 * c2;
        return (s1 + s2 / 2 + s3 / 3 + s4 / 4) * 0.6;
    }

    private static double Envelope(Instrument instrument, double t, double held)
    {
        var (attack, decay, sustain) = instrument switch
        {
            Instrument.Pad => (0.35, 0.5, 0.8),
            Instrument.ElectricPiano => (0.005, 0.9, 0.35),
            Instrument.Bass => (0.005, 0.25, 0.7),
            Instrument.Lead => (0.02, 0.2, 0.75),
            Instrument.Bell => (0.002, 0.6, 0.2),
            _ => (0.01, 0.2, 0.6),
        };
        var level = t < attack ? t / attack : sustain + (1 - sustain) * Math.Exp(-(t - attack) / decay * 3);
        if (t > held) level *= Math.Exp(-(t - held) / Release(instrument) * 5);
        return level;
    }

    /// <summary>Karplus-Strong: a burst of noise in a delay line, averaged each pass, sounds like a plucked string.</summary>
    private static void Pluck(float[] output, double f, int rate, Random random)
    {
        var period = Math.Max(2, (int)Math.Round(rate / f));
        var line = new double[period];
        for (var i = 0; i < period; i++) line[i] = random.NextDouble() * 2 - 1;
        for (var i = 0; i < output.Length; i++)
        {
            var k = i % period;
            var next = line[(k + 1) % period];
            output[i] = (float)line[k];
            line[k] = 0.4985 * (line[k] + next);
        }
    }

    private static void Noise(float[] output, Instrument instrument, int rate, Random random)
    {
        double low = 0, previous = 0;
        var decay = instrument switch { Instrument.Snare => 14.0, Instrument.HiHat => 45.0, _ => 28.0 };
        for (var i = 0; i < output.Length; i++)
        {
            var t = (double)i / rate;
            var white = random.NextDouble() * 2 - 1;
            low += 0.25 * (white - low);
            // Hats and shakers keep the highs (noise minus its low part); snares keep a body tone too.
            var high = white - low;
            var sample = instrument == Instrument.Snare ? 0.6 * low + 0.5 * Math.Sin(2 * Math.PI * 190 * t) * Math.Exp(-t * 30) : high - 0.5 * previous;
            previous = high;
            output[i] = (float)(sample * Math.Exp(-t * decay));
        }
    }
}
