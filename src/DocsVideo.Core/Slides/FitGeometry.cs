using DocsVideo.Script;

namespace DocsVideo.Slides;

/// <summary>
/// Where a source picture lands in the frame under cover, contain or fit and an anchor (HDR-16, AST-10, AST-11):
/// frame = source × scale + offset. The same numbers place images, scale clips and map callouts (CAL-03).
/// </summary>
public readonly record struct FitGeometry(double ScaleX, double ScaleY, double OffsetX, double OffsetY)
{
    public static FitGeometry Compute(int sourceWidth, int sourceHeight, int frameWidth, int frameHeight, Fit fit, string? anchor)
    {
        if (sourceWidth <= 0 || sourceHeight <= 0) return new FitGeometry(1, 1, 0, 0);
        if (fit == Fit.Stretch) return new FitGeometry((double)frameWidth / sourceWidth, (double)frameHeight / sourceHeight, 0, 0);
        var scale = fit == Fit.Cover
            ? Math.Max((double)frameWidth / sourceWidth, (double)frameHeight / sourceHeight)
            : Math.Min((double)frameWidth / sourceWidth, (double)frameHeight / sourceHeight);
        var spareX = frameWidth - sourceWidth * scale;
        var spareY = frameHeight - sourceHeight * scale;
        var a = anchor ?? "center";
        var x = a.Contains("left") ? 0 : a.Contains("right") ? spareX : spareX / 2;
        var y = a.Contains("top") ? 0 : a.Contains("bottom") ? spareY : spareY / 2;
        return new FitGeometry(scale, scale, x, y);
    }

    public (double X, double Y) Map(double x, double y) => (x * ScaleX + OffsetX, y * ScaleY + OffsetY);
}
