using System.Globalization;

namespace DocsVideo.Media;

/// <summary>
/// The one set of H.264 settings every piece of a video is encoded with: stream-copy concatenation needs them
/// identical. No B-frames (with them the pieces drift by 67 ms), one keyframe at the start of each piece and a GOP
/// longer than any piece, so each piece starts cleanly. Diamond motion search (<c>me=dia</c>) instead of the
/// preset's hexagon: screen recordings move little, and it saves 6 % of encoding for 1 % more bytes.
/// </summary>
/// <param name="TransitionTuning">
/// x264 options for transitions only. A dissolve is half a second in which every frame is new and then gone, so a
/// lighter sub-pixel search (<c>subme=1</c>) serves it: measured, 30 % less CPU per transition, the same PSNR, 19 %
/// more bytes (2 % of a typical video). These options change the encoder's choices, never the stream's parameter
/// sets, so transitions still join the segments by stream copy.
/// </param>
public sealed record EncoderSettings(string Preset, int Crf, string Tuning, string TransitionTuning)
{
    public static readonly EncoderSettings Release = new("veryfast", 20, "me=dia", "me=dia:subme=1");
    public static readonly EncoderSettings Draft = new("ultrafast", 30, "me=dia", "me=dia");

    /// <param name="threads">x264's threads (0: its own choice, 1.5 per core). Not part of <see cref="Id"/>: the thread
    /// count changes a few bits of the encoding, never its format, so pieces encoded with any count join.</param>
    public string[] Arguments(int fps, int threads = 0) => With(Tuning, fps, threads);

    /// <summary>The settings of a transition's clip (see <see cref="TransitionTuning"/>).</summary>
    public string[] TransitionArguments(int fps, int threads = 0) => With(TransitionTuning, fps, threads);

    /// <summary>Part of every segment's content key: other settings, other segments.</summary>
    public string Id(int fps) => string.Join(' ', Arguments(fps));

    /// <summary>Part of every transition's content key.</summary>
    public string TransitionId(int fps) => string.Join(' ', TransitionArguments(fps));

    private string[] With(string tuning, int fps, int threads) =>
    [
        "-c:v", "libx264", "-preset", Preset, "-tune", "stillimage", "-profile:v", "high", "-pix_fmt", "yuv420p",
        "-crf", Crf.ToString(CultureInfo.InvariantCulture), "-x264-params", tuning, "-bf", "0", "-g", "100000", "-keyint_min", "100000", "-sc_threshold", "0",
        "-r", fps.ToString(CultureInfo.InvariantCulture), "-video_track_timescale", "90000", "-force_key_frames", "0", "-an",
        .. Ffmpeg.Threads(threads),
    ];
}
