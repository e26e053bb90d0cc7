using System.Globalization;
using DocsVideo.Tools;

namespace DocsVideo.Media;

/// <summary>
/// Runs ffmpeg with the options every call shares: quiet, never asks, overwrites its own temporary output, and opens
/// local files only (each input is preceded by a protocol whitelist, so no script path can make it fetch a URL).
/// </summary>
public static class Ffmpeg
{
    public static readonly string[] SafeInput = ["-protocol_whitelist", "file,pipe"];

    /// <param name="threads">
    /// Threads of the run's filter graphs (0: one per core). Runs that each have a core of their own, or are too short
    /// for threads to pay for their start, pass 1 here and to <see cref="Input"/> and the encoder: idle threads spinning
    /// beside another process's work cost a transition half its CPU time.
    /// </param>
    public static Task RunAsync(IEnumerable<string> arguments, CancellationToken cancel, int threads = 0) =>
        ToolRunner.RunAsync(ExternalTool.Ffmpeg,
            ["-hide_banner", "-nostdin", "-v", "error", "-y", .. threads > 0 ? FilterThreads(threads) : [], .. arguments], cancel);

    /// <summary>The arguments that open <paramref name="path"/> as a local file input, decoded by <paramref name="threads"/> threads (0: ffmpeg's choice).</summary>
    public static string[] Input(string path, int threads = 0) => [.. Threads(threads), .. SafeInput, "-i", "file:" + Path.GetFullPath(path)];

    /// <summary>An output path that ffmpeg reads as a file whatever characters its name holds.</summary>
    public static string Output(string path) => "file:" + Path.GetFullPath(path);

    /// <summary>A codec's thread count, set before the input or output it applies to; nothing for 0 (the codec's choice).</summary>
    public static string[] Threads(int threads) => threads > 0 ? ["-threads", threads.ToString(CultureInfo.InvariantCulture)] : [];

    private static string[] FilterThreads(int threads)
    {
        var n = threads.ToString(CultureInfo.InvariantCulture);
        return ["-filter_threads", n, "-filter_complex_threads", n];
    }
}
