using SkiaSharp;

namespace DocsVideo.Slides;

/// <summary>Checks that a file is a picture SkiaSharp can draw, and reads its size, without decoding its pixels.</summary>
public static class Pictures
{
    public static bool TryReadSize(string path, out int width, out int height)
    {
        using var codec = SKCodec.Create(path);
        (width, height) = codec == null ? (0, 0) : (codec.Info.Width, codec.Info.Height);
        return codec != null && width > 0 && height > 0;
    }
}
