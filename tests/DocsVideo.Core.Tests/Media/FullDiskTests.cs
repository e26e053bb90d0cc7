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
        var disk = Path.Combine(render.Folder, "small-disk");
        Directory.CreateDirectory(disk);
        // A 4 MB file system of its own, so that filling it troubles nothing else (needs root, as CI runs).
        var (mounted, why) = Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk);
        if (!mounted) Assert.Inconclusive($"cannot mount a small tmpfs here ({why}); run the suite as root, as .ci/run does");
        try
        {
            var video = Path.Combine(disk, "out", "video.mp4");
            var options = new RenderOptions { CacheDirectory = Path.Combine(disk, "cache") };
            Pipeline.Result Make(string body) =>
                new Pipeline(options, _ => { }).RenderAsync(render.Write("video.vmd", "---\nsize: 320x180\n---\n" + body), video, CancellationToken.None).GetAwaiter().GetResult();

            Render.AssertSucceeded(Make("(pause: 1)"));
            var before = File.ReadAllBytes(video);

            var filler = Path.Combine(disk, "filler");
            try
            {
                using var stream = File.OpenWrite(filler);
                var chunk = new byte[64 * 1024];
                while (true) stream.Write(chunk);
            }
            catch (IOException) { }

            var full = Make("```\nA new slide\n```\n(pause: 2)");
            var error = Render.SingleError(full);
            StringAssert.Contains(error.Message, "No space left on device", $"the error says why: {error}");
            CollectionAssert.AreEqual(before, File.ReadAllBytes(video), "the previous video is kept");
            var leftovers = Directory.EnumerateFiles(disk, "*", SearchOption.AllDirectories)
                .Where(f => f != filler && (f.Contains(".tmp") || f.Contains($"{Path.DirectorySeparatorChar}work{Path.DirectorySeparatorChar}"))).ToList();
            Assert.IsEmpty(leftovers, "no half-written file: " + string.Join(", ", leftovers));

            File.Delete(filler);
            Render.AssertSucceeded(Make("```\nA new slide\n```\n(pause: 2)"));
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
        var disk = Path.Combine(render.Folder, "read-only");
        Directory.CreateDirectory(disk);
        // Root ignores file modes, so the folder is made read-only the way a locked-down CI volume is: by its mount.
        var (mounted, why) = Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk);
        if (!mounted) Assert.Inconclusive($"cannot mount a tmpfs here ({why}); run the suite as root, as .ci/run does");
        try
        {
            var video = Path.Combine(disk, "video.mp4");
            var options = new RenderOptions { CacheDirectory = render.Cache };
            Pipeline.Result Make(string body) =>
                new Pipeline(options, _ => { }).RenderAsync(render.Write("video.vmd", "---\nsize: 320x180\n---\n" + body), video, CancellationToken.None).GetAwaiter().GetResult();
            Render.AssertSucceeded(Make("(pause: 1)"));
            var before = File.ReadAllBytes(video);
            Assert.IsTrue(Run("mount", "-o", "remount,ro", disk).Ok, "remount read-only");

            var error = Render.SingleError(Make("(pause: 2)"));
            Assert.AreEqual(DiagnosticCodes.OutputFailed, error.Code, error.ToString());
            StringAssert.Contains(error.Message, "Read-only file system");
            CollectionAssert.AreEqual(before, File.ReadAllBytes(video), "the previous video is kept");
        }
        finally
        {
            Run("umount", "-l", disk);
        }
    }

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
