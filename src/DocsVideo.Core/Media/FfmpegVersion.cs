using DocsVideo.Tools;

namespace DocsVideo.Media;

/// <summary>The installed ffmpeg's version line: part of every content key, so an ffmpeg upgrade renders afresh.</summary>
public static class FfmpegVersion
{
    private static Task<string>? _version;

    public static Task<string> GetAsync(CancellationToken cancel) => _version ??= Read(cancel);

    private static async Task<string> Read(CancellationToken cancel)
    {
        var output = await ToolRunner.RunAsync(ExternalTool.Ffmpeg, ["-hide_banner", "-version"], cancel);
        return output.Split('\n')[0].Trim();
    }
}
