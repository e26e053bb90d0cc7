using DocsVideo.Caching;
using DocsVideo.Tools;

namespace DocsVideo.Media;

/// <summary>
/// The installed ffmpeg's version line: part of every content key, so an ffmpeg upgrade renders afresh. Asking
/// ffmpeg costs a process start on every build, so the answer is kept in the temp folder under the binary's path,
/// size and time: a new ffmpeg is a new file and is asked again.
/// </summary>
public static class FfmpegVersion
{
    private static Task<string>? _version;

    public static Task<string> GetAsync(CancellationToken cancel) => _version ??= Read(cancel);

    private static async Task<string> Read(CancellationToken cancel)
    {
        var binary = new FileInfo(ExternalTool.Ffmpeg.Locate());
        var memo = Path.Combine(Path.GetTempPath(), $"docsvideo-ffmpeg-{Hash.Of(binary.FullName, binary.Length.ToString(), binary.LastWriteTimeUtc.Ticks.ToString())}.version");
        try { if (File.Exists(memo)) return (await File.ReadAllTextAsync(memo, cancel)).Trim(); }
        catch (IOException) { }
        var output = await ToolRunner.RunAsync(ExternalTool.Ffmpeg, ["-hide_banner", "-version"], cancel);
        var version = output.Split('\n')[0].Trim();
        try
        {
            var temp = $"{memo}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllTextAsync(temp, version, cancel);
            File.Move(temp, memo, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return version;
    }
}
