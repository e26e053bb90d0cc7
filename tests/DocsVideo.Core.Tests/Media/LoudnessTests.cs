using DocsVideo.Media;

namespace DocsVideo.Core.Tests.Media;

/// <summary>Our BS.1770 meter agrees with ffmpeg's ebur128 filter, gates included.</summary>
[TestClass]
public sealed class LoudnessTests
{
    public static IEnumerable<object[]> Signals =>
    [
        ["a 1 kHz tone in both channels", "sine=f=1000:d=5:sample_rate=48000,volume=-20dB,pan=stereo|c0=c0|c1=c0"],
        ["pink noise in one channel", "anoisesrc=c=pink:d=5:r=48000:a=0.2,pan=stereo|c0=c0"],
        ["a low hum (the high-pass)", "sine=f=40:d=5:sample_rate=48000,pan=stereo|c0=c0|c1=c0"],
        ["speech-like bursts with silence (the gates)", "sine=f=300:d=8:sample_rate=48000,volume='if(lt(mod(t,2),0.6),1,0)':eval=frame,pan=stereo|c0=c0|c1=c0"],
        ["mono at 44.1 kHz", "anoisesrc=d=4:r=44100:a=0.3"],
    ];

    [TestMethod]
    [DynamicData(nameof(Signals))]
    public void BGM_IntegratedLoudnessMatchesEbur128(string what, string source)
    {
        var folder = TestPaths.NewTempDirectory("loudness");
        var wav = Path.Combine(folder, "s.wav");
        Measure.Ffmpeg("-f", "lavfi", "-i", source, "-c:a", "pcm_s16le", wav);
        var samples = WavFile.Read16(wav, out var rate, out var channels);
        var ours = Loudness.Integrated(samples, channels, rate);
        Assert.IsNotNull(ours, what);
        Assert.AreEqual(Measure.IntegratedLoudness(wav), ours.Value, 0.2, what);
    }

    [TestMethod]
    public void BGM_SilenceHasNoLoudness() => Assert.IsNull(Loudness.Integrated(new short[96000], 2, 48000));
}
