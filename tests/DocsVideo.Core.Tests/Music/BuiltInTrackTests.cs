using DocsVideo.Music;

namespace DocsVideo.Core.Tests.Music;

/// <summary>The built-in tracks (BGM-03): real music made by code, the same on every build, looping without a click.</summary>
[TestClass]
public sealed class BuiltInTrackTests
{
    public static IEnumerable<object[]> Tracks => BuiltInTracks.Names.Select(n => new object[] { n });

    [TestMethod]
    [DynamicData(nameof(Tracks))]
    public void BGM_03_TrackIsDeterministic(string name)
    {
        var (a, _) = MusicSynth.Render(BuiltInTracks.Get(name));
        var (b, _) = MusicSynth.Render(BuiltInTracks.Get(name));
        CollectionAssert.AreEqual(a, b);
    }

    [TestMethod]
    [DynamicData(nameof(Tracks))]
    public void BGM_01_LoopSeamIsNoLouderThanAnyOtherStep(string name)
    {
        var (left, right) = MusicSynth.Render(BuiltInTracks.Get(name));
        foreach (var channel in new[] { left, right })
        {
            var steps = Enumerable.Range(1, channel.Length - 1).Select(i => Math.Abs(channel[i] - channel[i - 1])).OrderBy(x => x).ToList();
            var typical = steps[(int)(steps.Count * 0.999)];
            var seam = Math.Abs(channel[0] - channel[^1]);
            Assert.IsLessThanOrEqualTo(typical, seam, $"the jump where {name} repeats ({seam:0.0000}) stands out from the music ({typical:0.0000})");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Tracks))]
    public void BGM_03_TrackHasABeatAndChangingHarmony(string name)
    {
        var arrangement = BuiltInTracks.Get(name);
        var (left, _) = MusicSynth.Render(arrangement);
        // Loudness envelope in 10 ms windows: a rhythm makes it repeat every beat far more than at a random lag.
        var window = MusicSynth.SampleRate / 100;
        var envelope = Enumerable.Range(0, left.Length / window)
            .Select(w => Math.Sqrt(left.Skip(w * window).Take(window).Average(s => (double)s * s))).ToArray();
        var beat = (int)Math.Round(arrangement.SecondsPerBeat * 100);
        Assert.IsGreaterThan(Correlation(envelope, (int)(beat * 0.37)) + 0.1, Correlation(envelope, beat), $"{name} has a steady beat");
        // Several pitches over time, not a tone: a chord progression has at least four distinct chord roots or melody notes.
        Assert.IsGreaterThanOrEqualTo(4, arrangement.Notes.Where(n => n.Instrument is not (Instrument.Kick or Instrument.Snare or Instrument.HiHat or Instrument.Shaker))
            .Select(n => n.Pitch % 12).Distinct().Count());
        var rms = Math.Sqrt(left.Average(s => (double)s * s));
        Assert.AreEqual(-24, 20 * Math.Log10(rms), 3, "mastered at background level");
    }

    private static double Correlation(double[] x, int lag)
    {
        var mean = x.Average();
        double top = 0, bottom = 0;
        for (var i = 0; i < x.Length; i++)
        {
            bottom += (x[i] - mean) * (x[i] - mean);
            top += (x[i] - mean) * (x[(i + lag) % x.Length] - mean);
        }
        return top / bottom;
    }
}
