namespace DocsVideo.Media;

/// <summary>An ffconcat list: pieces that start with a keyframe, joined by stream copy with no re-encode.</summary>
public static class ConcatList
{
    /// <summary>Writes the list and returns the ffmpeg arguments that open it as one input.</summary>
    public static async Task<string[]> InputAsync(IEnumerable<string> pieces, string listPath, CancellationToken cancel)
    {
        var lines = pieces.Select(p => $"file '{Path.GetFullPath(p).Replace("'", @"'\''")}'\n");
        await File.WriteAllTextAsync(listPath, "ffconcat version 1.0\n" + string.Concat(lines), cancel);
        return ["-f", "concat", "-safe", "0", .. Ffmpeg.Input(listPath)];
    }
}
