namespace DocsVideo.Media;

/// <summary>
/// Integrated loudness (ITU-R BS.1770-4 / EBU R128) of 16-bit PCM: K-weighting, 400 ms blocks every 100 ms, an
/// absolute gate at -70 LUFS and a relative gate 10 LU below. Measured here rather than by ffmpeg's ebur128 filter,
/// which costs about a second per two minutes of sound on the critical path of every narration edit.
/// </summary>
public static class Loudness
{
    /// <summary>Integrated loudness in LUFS of interleaved samples; null when everything is below the absolute gate.</summary>
    /// <remarks>Compiled optimised at once: it runs once per build, on the edit's critical path, too rarely to be tiered up.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static double? Integrated(short[] interleaved, int channels, int sampleRate)
    {
        var frames = interleaved.Length / channels;
        var step = sampleRate / 10;
        var power = new double[frames / step];
        for (var c = 0; c < channels; c++)
        {
            var (shelf, highPass) = (Shelf(sampleRate), HighPass(sampleRate));
            for (int b = 0, i = 0; b < power.Length; b++)
            {
                double sum = 0;
                for (var end = i + step; i < end; i++)
                {
                    var y = highPass.Next(shelf.Next(interleaved[i * channels + c] / 32768.0));
                    sum += y * y;
                }
                power[b] += sum;
            }
        }
        // Each 400 ms block is four 100 ms steps; L and R (and mono) weigh 1.
        var blocks = new List<double>();
        for (var b = 0; b + 4 <= power.Length; b++) blocks.Add((power[b] + power[b + 1] + power[b + 2] + power[b + 3]) / (4.0 * step));
        var loud = blocks.Where(z => Lufs(z) > -70).ToList();
        if (loud.Count == 0) return null;
        var relative = Lufs(loud.Average()) - 10;
        var gated = loud.Where(z => Lufs(z) > relative).ToList();
        return Lufs(gated.Average());
    }

    private static double Lufs(double meanSquare) => -0.691 + 10 * Math.Log10(meanSquare);

    /// <summary>The K-weighting pre-filter, a high shelf of about +4 dB above 1.5 kHz, for any sample rate.</summary>
    private static Biquad Shelf(int rate)
    {
        const double F0 = 1681.974450955533, Gain = 3.999843853973347, Q = 0.7071752369554196;
        var k = Math.Tan(Math.PI * F0 / rate);
        var vh = Math.Pow(10, Gain / 20);
        var vb = Math.Pow(vh, 0.4996667741545416);
        var a0 = 1 + k / Q + k * k;
        return new Biquad((vh + vb * k / Q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / Q + k * k) / a0, 2 * (k * k - 1) / a0, (1 - k / Q + k * k) / a0);
    }

    /// <summary>The RLB weighting, a high-pass near 38 Hz.</summary>
    private static Biquad HighPass(int rate)
    {
        const double F0 = 38.13547087602444, Q = 0.5003270373238773;
        var k = Math.Tan(Math.PI * F0 / rate);
        var a0 = 1 + k / Q + k * k;
        return new Biquad(1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / Q + k * k) / a0);
    }

    /// <summary>One second-order section; a struct held in a local, so the filter state stays in registers.</summary>
    private struct Biquad(double b0, double b1, double b2, double a1, double a2)
    {
        private double _x1, _x2, _y1, _y2;

        public double Next(double x)
        {
            var y = b0 * x + b1 * _x1 + b2 * _x2 - a1 * _y1 - a2 * _y2;
            (_x2, _x1, _y2, _y1) = (_x1, x, _y1, y);
            return y;
        }
    }
}
