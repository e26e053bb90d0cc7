namespace DocsVideo.Core.Tests.Media;

/// <summary>
/// Golden frames at small sizes catch layout regressions a pixel probe would miss: each scene's middle frame is
/// compared with a committed PNG by structural similarity, which tolerates encoder noise but not moved or missing text.
/// Rerun with DOCSVIDEO_UPDATE_GOLDEN=1 after an intended change of the look, and look at the new pictures.
/// </summary>
[TestClass]
public sealed class GoldenFrameTests
{
    /// <summary>Encoder noise stays above 0.99; a line of text moved by a few pixels falls well below.</summary>
    private const double Similar = 0.97;

    public static IEnumerable<object[]> Scripts => new[] { "frames", "frames-vertical", "frames-cjk" }.Select(n => new object[] { n });

    [TestMethod]
    [DynamicData(nameof(Scripts))]
    public void TXT_IMG_CAL_SUB_ScenesLookLikeTheirGoldenFrames(string name)
    {
        var golden = Path.Combine(TestPaths.RepoRoot, "tests", "DocsVideo.Core.Tests", "Golden");
        var render = new Render();
        Measure.Ffmpeg("-f", "lavfi", "-i", "testsrc2=s=240x180", "-frames:v", "1", render.File("picture.png"));
        var result = render.Run(File.ReadAllText(Path.Combine(golden, $"{name}.vmd")));
        Render.AssertSucceeded(result);
        var update = Environment.GetEnvironmentVariable("DOCSVIDEO_UPDATE_GOLDEN") == "1";
        var frames = new List<string>();
        foreach (var scene in result.Plan!.Scenes)
        {
            var frame = render.File($"scene-{scene.Number}.png");
            var middle = (scene.StartFrame + scene.Frames / 2) / (double)result.Plan.Fps;
            Measure.Ffmpeg("-ss", middle.ToString(System.Globalization.CultureInfo.InvariantCulture), "-i", render.Video, "-frames:v", "1", frame);
            var reference = Path.Combine(golden, "frames", $"{name}-{scene.Number}.png");
            if (update) File.Copy(frame, reference, overwrite: true);
            var similarity = Measure.Ssim(frame, reference);
            Assert.IsGreaterThan(Similar, similarity, $"scene {scene.Number} of {name}.vmd differs from {reference} (SSIM {similarity:0.000}); see {frame}");
            frames.Add(frame);
        }
        // The measure tells scenes apart: each frame is unlike the next scene's golden picture.
        for (var i = 0; i + 1 < frames.Count; i++)
        {
            var other = Path.Combine(golden, "frames", $"{name}-{i + 2}.png");
            Assert.IsLessThan(Similar, Measure.Ssim(frames[i], other), $"scene {i + 1} must not pass as scene {i + 2}");
        }
    }
}
