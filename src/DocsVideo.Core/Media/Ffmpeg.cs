using DocsVideo.Tools;

namespace DocsVideo.Media;

/// <summary>
/// Runs ffmpeg with the options every call shares: quiet, never asks, overwrites its own temporary output, and opens
/// local files only (each input is preceded by a protocol whitelist, so no script path can make it fetch a URL).
/// </summary>
public static class Ffmpeg
{
    public static readonly string[] SafeInput = ["-protocol_whitelist", "file,pipe"];

    public static Task RunAsync(IEnumerable<string> arguments, CancellationToken cancel) =>
        ToolRunner.RunAsync(ExternalTool.Ffmpeg, ["-hide_banner", "-nostdin", "-v", "error", "-y", .. arguments], cancel);

    /// <summary>The arguments that open <paramref name="path"/> as a local file input.</summary>
    public static string[] Input(string path) => [.. SafeInput, "-i", "file:" + Path.GetFullPath(path)];

    /// <summary>An output path that ffmpeg reads as a file whatever characters its name holds.</summary>
    public static string Output(string path) => "file:" + Path.GetFullPath(path);
}
