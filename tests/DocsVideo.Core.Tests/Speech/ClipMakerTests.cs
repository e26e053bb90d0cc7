using DocsVideo.Media;
using DocsVideo.Speech;

namespace DocsVideo.Core.Tests.Speech;

/// <summary>What becomes of an engine's output: resampled to 48 kHz without audible error, and trimmed to the speech (SUB-08).</summary>
[TestClass]
public sealed class ClipMakerTests
{
    private static short[] Sine(double hz, int rate, double seconds, double amplitude = 10000) =>
        Enumerable.Range(0, (int)(rate * seconds)).Select(i => (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * hz * i / rate))).ToArray();

    /// <summary>Error against the ideal sine at the new rate, in dB below the signal, away from the ends.</summary>
    private static double ErrorDb(short[] resampled, double hz, int rate, double amplitude = 10000)
    {
        double error = 0, power = 0;
        for (var i = rate / 10; i < resampled.Length - rate / 10; i++)
        {
            var ideal = amplitude * Math.Sin(2 * Math.PI * hz * i / rate);
            error += (resampled[i] - ideal) * (resampled[i] - ideal);
            power += ideal * ideal;
        }
        return 10 * Math.Log10(error / power);
    }

    [TestMethod]
    [DataRow(22050, 1000.0, DisplayName = "espeak-ng, 22.05 kHz")]
    [DataRow(24000, 3000.0, DisplayName = "Azure and OpenAI, 24 kHz")]
    [DataRow(16000, 440.0, DisplayName = "16 kHz")]
    [DataRow(44100, 7000.0, DisplayName = "CD rate")]
    [DataRow(22051, 1000.0, DisplayName = "an odd rate")]
    public void EngineRatesBecome48kHzWithTheToneIntact(int rate, double hz)
    {
        var resampled = Resampler.Resample(Sine(hz, rate, 1), rate, 48000);
        Assert.AreEqual(48000, resampled.Length, 1);
        Assert.IsLessThan(-70, ErrorDb(resampled, hz, 48000), "the resampled tone is the same tone, at the same level");
    }

    [TestMethod]
    public void GoingDownKeepsWhatFitsAndRemovesWhatWouldAlias()
    {
        Assert.IsLessThan(-70, ErrorDb(Resampler.Resample(Sine(1000, 48000, 1), 48000, 16000), 1000, 16000));
        // 10 kHz does not exist at 16 kHz: left in, it would fold back as a 6 kHz whistle.
        var folded = Resampler.Resample(Sine(10000, 48000, 1), 48000, 16000);
        Assert.IsLessThan(-60, 20 * Math.Log10(Rms(folded[1000..^1000]) / (10000 / Math.Sqrt(2)) + 1e-12));
    }

    [TestMethod]
    public async Task SUB_08_ClipsAreTrimmedToTheSpeech_KeepingAFewMillisecondsOfLeadIn()
    {
        var folder = TestPaths.NewTempDirectory("clip");
        var raw = Path.Combine(folder, "raw.wav");
        // Half a second of silence, a second of sound, a quarter second of silence: as engines pad their output.
        short[] padded = [.. new short[11025], .. Sine(300, 22050, 1), .. new short[5512]];
        WavFile.WriteMono16(raw, padded, 22050);
        var clip = Path.Combine(folder, "clip.wav");
        await ClipMaker.MakeAsync(raw, clip, CancellationToken.None);
        var samples = WavFile.ReadMono16(clip, out var rate);
        Assert.AreEqual(48000, rate);
        Assert.AreEqual(1.04, samples.Length / 48000.0, 0.005, "the second of sound and 20 ms either side");
        Assert.IsGreaterThan(5000, Rms(samples[1000..^1000]), "the sound itself is kept at its level");
    }

    [TestMethod]
    public async Task StereoAndNonPcmOutputIsMadeMonoPcm()
    {
        var folder = TestPaths.NewTempDirectory("clip");
        var mp3 = Path.Combine(folder, "speech.mp3");
        await Ffmpeg.RunAsync(["-f", "lavfi", "-i", "sine=frequency=400:duration=1:sample_rate=24000", "-ac", "2", Ffmpeg.Output(mp3)], CancellationToken.None);
        var clip = Path.Combine(folder, "clip.wav");
        await ClipMaker.MakeAsync(mp3, clip, CancellationToken.None);
        var samples = WavFile.TryRead16(clip, out var rate, out var channels);
        Assert.IsNotNull(samples);
        Assert.AreEqual((48000, 1), (rate, channels));
        Assert.AreEqual(1.0, samples.Length / 48000.0, 0.08, "MP3 padding aside, the second of sound");
    }

    private static double Rms(short[] samples) => Math.Sqrt(samples.Average(s => (double)s * s));
}
