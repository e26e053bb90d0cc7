using System.Diagnostics;
using DocsVideo.Script;

namespace DocsVideo.Core.Tests.Media;

/// <summary>A disk that fills up mid-render: a clear error, the previous video kept, no half-written file left behind.</summary>
[TestClass]
public sealed class FullDiskTests
{
    [TestMethod]
    public void AFullDisk_IsAClearError_KeepsThePreviousVideo_AndLeavesNoTemporaryFile()
    {
        var render = new Render();
        // A 4 MB file system of its own, so that filling it troubles nothing else.
        var disk = Mount(render, "small-disk");
        try
        {
            var video = Path.Combine(disk, "out", "video.mp4");
            var make = Maker(render, video, Path.Combine(disk, "cache"));

            Render.AssertSucceeded(make("(pause: 1)"));
            var before = File.ReadAllBytes(video);

            var filler = Path.Combine(disk, "filler");
            try
            {
                using var stream = File.OpenWrite(filler);
                var chunk = new byte[64 * 1024];
                while (true) stream.Write(chunk);
            }
            catch (IOException) { }

            var full = make("```\nA new slide\n```\n(pause: 2)");
            var error = Render.SingleError(full);
            StringAssert.Contains(error.Message, "No space left on device", $"the error says why: {error}");
            CollectionAssert.AreEqual(before, File.ReadAllBytes(video), "the previous video is kept");
            var leftovers = Directory.EnumerateFiles(disk, "*", SearchOption.AllDirectories)
                .Where(f => f != filler && (f.Contains(".tmp") || f.Contains($"{Path.DirectorySeparatorChar}work{Path.DirectorySeparatorChar}"))).ToList();
            Assert.IsEmpty(leftovers, "no half-written file: " + string.Join(", ", leftovers));

            File.Delete(filler);
            Render.AssertSucceeded(make("```\nA new slide\n```\n(pause: 2)"));
            Assert.AreEqual(2.7, Measure.Duration(video), 0.05, "with space again, the next render is right");
        }
        finally
        {
            Run("umount", "-l", disk);
        }
    }

    [TestMethod]
    public void AReadOnlyOutputFolder_IsAClearError_AndKeepsThePreviousVideo()
    {
        var render = new Render();
        // Root ignores file modes, so the folder is made read-only the way a locked-down CI volume is: by its mount.
        var disk = Mount(render, "read-only");
        try
        {
            var video = Path.Combine(disk, "video.mp4");
            var make = Maker(render, video, render.Cache);
            Render.AssertSucceeded(make("(pause: 1)"));
            var before = File.ReadAllBytes(video);
            Assert.IsTrue(Run("mount", "-o", "remount,ro", disk).Ok, "remount read-only");

            var error = Render.SingleError(make("(pause: 2)"));
            Assert.AreEqual(DiagnosticCodes.OutputFailed, error.Code, error.ToString());
            StringAssert.Contains(error.Message, "Read-only file system");
            CollectionAssert.AreEqual(before, File.ReadAllBytes(video), "the previous video is kept");
        }
        finally
        {
            Run("umount", "-l", disk);
        }
    }

    /// <summary>A 4 MB tmpfs of the test's own (mounting needs root, as CI runs; elsewhere the test is inconclusive).</summary>
    private static string Mount(Render render, string name)
    {
        var disk = Path.Combine(render.Folder, name);
        Directory.CreateDirectory(disk);
        var (mounted, why) = Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk);
        if (!mounted) Assert.Inconclusive($"cannot mount a tmpfs here ({why}); run the suite as root, as .ci/run does");
        return disk;
    }

    /// <summary>Renders a small script body into <paramref name="video"/> with its cache where the test wants it.</summary>
    private static Func<string, Pipeline.Result> Maker(Render render, string video, string cache) => body =>
        new Pipeline(new RenderOptions { CacheDirectory = cache }, _ => { })
            .RenderAsync(render.Write("video.vmd", "---\nsize: 320x180\n---\n" + body), video, CancellationToken.None).GetAwaiter().GetResult();

    private static (bool Ok, string Error) Run(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in arguments) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode == 0, error.Trim());
        }
        catch (System.ComponentModel.Win32Exception e) { return (false, e.Message); }
    }
}
