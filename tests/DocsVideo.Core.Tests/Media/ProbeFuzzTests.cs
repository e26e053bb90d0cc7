using DocsVideo.Script;

namespace DocsVideo.Core.Tests.Media;

/// <summary>
/// Mutated pictures, clips and sounds never crash or hang planning: each gets a positioned DV2xxx error at its
/// reference, or is accepted. Bounded-time fuzzing per format (<see cref="Fuzzer"/>); inputs kept in Fuzz/media-EXT
/// run again each time.
/// </summary>
[TestClass]
public sealed class ProbeFuzzTests
{
    /// <summary>Format, and the ffmpeg arguments that make a tiny valid seed of it.</summary>
    public static IEnumerable<object[]> Formats =>
    [
        [".png", new[] { "-f", "lavfi", "-i", "testsrc2=s=32x18", "-frames:v", "1" }],
        [".jpg", new[] { "-f", "lavfi", "-i", "testsrc2=s=32x18", "-frames:v", "1" }],
        [".gif", new[] { "-f", "lavfi", "-i", "testsrc2=s=32x18:r=5:d=0.6" }],
        [".webp", new[] { "-f", "lavfi", "-i", "testsrc2=s=32x18", "-frames:v", "1" }],
        [".mp4", new[] { "-f", "lavfi", "-i", "testsrc2=s=32x18:r=5:d=0.6", "-f", "lavfi", "-i", "sine=d=0.6", "-shortest", "-pix_fmt", "yuv420p" }],
        [".wav", new[] { "-f", "lavfi", "-i", "sine=d=0.3", "-ar", "8000" }],
        [".mp3", new[] { "-f", "lavfi", "-i", "sine=d=0.3" }],
    ];

    private static void Plan(Render render, string extension, byte[] input, int index)
    {
        var name = $"f{index}{extension}";
        File.WriteAllBytes(render.File(name), input);
        var reference = extension is ".wav" or ".mp3" ? $"(audio: {name})" : $"![]({name})";
        // A probe that hangs is as bad as one that crashes: each input gets 20 seconds.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var path = render.Write("fuzz.vmd", $"---\nsize: 320x180\n---\n{reference}\n(duration: 1)");
        var result = new Pipeline(new RenderOptions { CacheDirectory = render.Cache }, _ => { }).PlanAsync(path, timeout.Token).GetAwaiter().GetResult();
        // An asset error, or the scene-length limit a damaged header can run into, at the reference.
        foreach (var error in result.Diagnostics.Where(d => d.IsError))
            Assert.IsTrue((error.Code.StartsWith("DV2") || error.Code == DiagnosticCodes.InvalidValue) && error.Line == 4, $"an error at the reference, got {error}");
        if (result.Plan is { } plan)
            Assert.IsTrue(plan.TotalSeconds is > 0 and <= 3600, $"a sane length, got {plan.TotalSeconds} s");
    }

    [TestMethod]
    [DynamicData(nameof(Formats))]
    public void AST_04_MutatedMediaNeverBreaksPlanning(string extension, string[] make)
    {
        var render = new Render();
        var seed = render.File("seed" + extension);
        Measure.Ffmpeg([.. make, seed]);
        var index = 0;
        var count = Fuzzer.Run("media-" + extension.TrimStart('.'), extension, [File.ReadAllBytes(seed)], seconds: 1.5,
            input => Plan(render, extension, input, index++));
        Assert.IsGreaterThan(10, count);
    }

    [TestMethod]
    [DynamicData(nameof(Formats))]
    public void AST_04_KeptMediaInputsStayHarmless(string extension, string[] make)
    {
        var render = new Render();
        var index = 0;
        foreach (var file in Fuzzer.Kept("media-" + extension.TrimStart('.'))) Plan(render, extension, File.ReadAllBytes(file), index++);
    }
}
