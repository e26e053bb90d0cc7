using SkiaSharp;

namespace DocsVideo.Slides;

/// <summary>The drawing surface every picture is made on, and how it is written: RGBA with alpha, as PNG.</summary>
public static class Png
{
    public static SKSurface NewSurface(int width, int height) =>
        SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));

    public static void Save(SKSurface surface, string path)
    {
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        using var file = File.Create(path);
        data.SaveTo(file);
    }
}
