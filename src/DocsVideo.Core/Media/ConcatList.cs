using System.Globalization;

namespace DocsVideo.Media;

/// <summary>An ffconcat list: pieces that start with a keyframe, joined by stream copy with no re-encode.</summary>
public static class ConcatList
{
    /// <summary>Writes the list and returns the ffmpeg arguments that open it as one input.</summary>
    public static Task<string[]> InputAsync(IEnumerable<string> pieces, string listPath, CancellationToken cancel) =>
        InputAsync(pieces.Select(p => (p, (double?)null)), listPath, cancel);

    /// <summary>
    /// As above, where a piece may be used only up to <c>Until</c> seconds: a prefix of a piece is a valid piece (every
    /// frame after its keyframe refers back only), so the demuxer stops there instead of a cut file being made.
    /// </summary>
    public static async Task<string[]> InputAsync(IEnumerable<(string Path, double? Until)> pieces, string listPath, CancellationToken cancel)
    {
        var lines = pieces.Select(p => $"file '{System.IO.Path.GetFullPath(p.Path).Replace("'", @"'\''")}'\n"
            + (p.Until is { } until ? $"outpoint {until.ToString("0.######", CultureInfo.InvariantCulture)}\n" : ""));
        await File.WriteAllTextAsync(listPath, "ffconcat version 1.0\n" + string.Concat(lines), cancel);
        return ["-f", "concat", "-safe", "0", .. Ffmpeg.Input(listPath)];
    }
}
