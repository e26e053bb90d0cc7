using System.Numerics;

namespace DocsVideo.Speech;

/// <summary>
/// Band-limited sample-rate conversion of mono 16-bit sound by a polyphase filter: a Kaiser-windowed sinc with 16 zero
/// crossings a side (about ffmpeg's default quality: flat to 97 % of the lower Nyquist frequency, what is above it cut
/// by more than 80 dB). Engines speak at 16, 22.05 or 24 kHz; the narration track is 48 kHz.
/// </summary>
public static class Resampler
{
    private const int ZeroCrossings = 16;
    private const double Passband = 0.97;
    private const double KaiserBeta = 9;

    public static short[] Resample(ReadOnlySpan<short> input, int fromRate, int toRate)
    {
        if (fromRate == toRate) return input.ToArray();
        // Output sample n lies at input position n * down / up: its whole part picks the input samples, the rest
        // (one of `up` phases) picks the filter.
        var common = (int)BigInteger.GreatestCommonDivisor(fromRate, toRate);
        var (up, down) = (toRate / common, fromRate / common);
        // The cutoff as a fraction of the input's Nyquist frequency: the output's when going down.
        var cutoff = Passband * Math.Min(1.0, (double)toRate / fromRate);
        var reach = (int)Math.Ceiling(ZeroCrossings / cutoff);
        var taps = 2 * reach;
        var filters = Filters(up, taps, reach, cutoff);
        // The input as floats with `reach` zeros either side, so every output reads a whole window.
        var padded = new float[input.Length + 2 * taps];
        for (var i = 0; i < input.Length; i++) padded[i + reach] = input[i];
        var output = new short[(int)((long)input.Length * up / down)];
        for (var n = 0; n < output.Length; n++)
        {
            var position = (long)n * down;
            var (whole, phase) = ((int)(position / up), (int)(position % up));
            // Window: input samples whole-reach+1 .. whole+reach, which sit at padded[whole+1 ..].
            var sum = Dot(padded.AsSpan(whole + 1, taps), filters.AsSpan(phase * taps, taps));
            output[n] = (short)Math.Clamp(MathF.Round(sum), short.MinValue, short.MaxValue);
        }
        return output;
    }

    /// <summary>
    /// The filter of each phase, taps in input order: for phase p the output lies p/up past input sample `whole`,
    /// so tap j (input sample whole - reach + 1 + j) is weighted by the kernel at that distance. Each is scaled to
    /// a gain of exactly 1 at 0 Hz.
    /// </summary>
    private static float[] Filters(int up, int taps, int reach, double cutoff)
    {
        var filters = new float[up * taps];
        var norm = BesselI0(KaiserBeta);
        var weights = new double[taps];
        for (var p = 0; p < up; p++)
        {
            var offset = (double)p / up;
            for (var j = 0; j < taps; j++)
            {
                var x = offset + reach - 1 - j;
                var r = x / reach;
                var window = Math.Abs(r) >= 1 ? 0 : BesselI0(KaiserBeta * Math.Sqrt(1 - r * r)) / norm;
                var sinc = x == 0 ? 1 : Math.Sin(Math.PI * cutoff * x) / (Math.PI * cutoff * x);
                weights[j] = sinc * window;
            }
            var sum = weights.Sum();
            for (var j = 0; j < taps; j++) filters[p * taps + j] = (float)(weights[j] / sum);
        }
        return filters;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var lanes = Vector<float>.Count;
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - lanes; i += lanes) sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        var total = Vector.Sum(sum);
        for (; i < a.Length; i++) total += a[i] * b[i];
        return total;
    }

    /// <summary>The modified Bessel function of the first kind, order 0, by its power series (the Kaiser window's shape).</summary>
    private static double BesselI0(double x)
    {
        double sum = 1, term = 1;
        for (var k = 1; k < 50 && term > 1e-12 * sum; k++)
        {
            term *= x * x / (4.0 * k * k);
            sum += term;
        }
        return sum;
    }
}
