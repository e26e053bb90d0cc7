namespace DocsVideo.Timeline;

/// <summary>Which file types are images, clips and sounds (AST-03). Playlists and lists that make ffmpeg open other files are none of them.</summary>
public static class AssetKinds
{
    public static readonly string[] Images = [".png", ".jpg", ".jpeg", ".webp", ".bmp"];
    public static readonly string[] Videos = [".mp4", ".mov", ".m4v", ".webm", ".mkv", ".avi", ".gif"];
    public static readonly string[] Sounds = [".wav", ".mp3", ".m4a", ".aac", ".ogg", ".flac"];

    public static VisualKind? Visual(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return Images.Contains(extension) ? VisualKind.Image : Videos.Contains(extension) ? VisualKind.Video : null;
    }

    public static bool IsGif(string path) => Path.GetExtension(path).Equals(".gif", StringComparison.OrdinalIgnoreCase);
}
