namespace DocsVideo.Media;

/// <summary>
/// Joins the cached pieces by stream copy (concat demuxer, no re-encode), muxes the audio master and, for
/// <c>subtitles: embed</c>, a mov_text track tagged with the narration's language (SUB-02).
/// </summary>
public static class VideoLinker
{
    public static async Task LinkAsync(IReadOnlyList<string> pieces, string audio, string? subtitles, string language, string workDir, string output, CancellationToken cancel)
    {
        List<string> arguments = [.. await ConcatList.InputAsync(pieces, Path.Combine(workDir, "pieces.ffconcat"), cancel), .. Ffmpeg.Input(audio)];
        if (subtitles != null) arguments.AddRange(Ffmpeg.Input(subtitles));
        arguments.AddRange(["-map", "0:v", "-map", "1:a", "-c:v", "copy", "-c:a", "copy"]);
        if (subtitles != null)
            arguments.AddRange(["-map", "2:s", "-c:s", "mov_text", "-metadata:s:s:0", $"language={language}", "-metadata:s:s:0", "handler_name=SubtitleHandler"]);
        arguments.AddRange(["-movflags", "+faststart", "-f", "mp4", Ffmpeg.Output(output)]);
        await Ffmpeg.RunAsync(arguments, cancel);
    }
}
