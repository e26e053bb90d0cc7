namespace DocsVideo.Media;

/// <summary>
/// Links the video in two steps, both stream copies: the cached pieces are joined into one picture track as soon
/// as they are all there (concat demuxer, no re-encode), while the sound track may still be encoding; then that
/// track, the audio master and, for <c>subtitles: embed</c>, a mov_text track tagged with the narration's language
/// (SUB-02) are muxed into the video. After a narration edit the sound track is the last thing ready, so only the
/// short second step waits for it.
/// </summary>
public static class VideoLinker
{
    /// <summary>The pieces, in order, as one picture-only MP4.</summary>
    public static async Task JoinAsync(IReadOnlyList<string> pieces, string workDir, string output, CancellationToken cancel) =>
        await Ffmpeg.RunAsync([.. await ConcatList.InputAsync(pieces, Path.Combine(workDir, "pieces.ffconcat"), cancel),
            "-map", "0:v", "-c", "copy", "-f", "mp4", Ffmpeg.Output(output)], cancel);

    /// <summary>The picture track, the sound track and the subtitles in one MP4 that starts playing before it is all downloaded.</summary>
    public static async Task MuxAsync(string video, string audio, string? subtitles, string language, string output, CancellationToken cancel)
    {
        List<string> arguments = [.. Ffmpeg.Input(video), .. Ffmpeg.Input(audio)];
        if (subtitles != null) arguments.AddRange(Ffmpeg.Input(subtitles));
        arguments.AddRange(["-map", "0:v", "-map", "1:a", "-c:v", "copy", "-c:a", "copy"]);
        if (subtitles != null)
            arguments.AddRange(["-map", "2:s", "-c:s", "mov_text", "-metadata:s:s:0", $"language={language}", "-metadata:s:s:0", "handler_name=SubtitleHandler"]);
        arguments.AddRange(["-movflags", "+faststart", "-f", "mp4", Ffmpeg.Output(output)]);
        await Ffmpeg.RunAsync(arguments, cancel);
    }
}
