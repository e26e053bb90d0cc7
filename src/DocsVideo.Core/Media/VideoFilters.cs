using System.Globalization;
using DocsVideo.Slides;
using DocsVideo.Timeline;

namespace DocsVideo.Media;

/// <summary>ffmpeg filter text for fitting a clip into the frame the way <see cref="FitGeometry"/> says.</summary>
public static class VideoFilters
{
    public static string Fit(PlannedVisual video, int width, int height)
    {
        // Already the frame's size: nothing to scale (a measurable saving on every frame of a 1080p clip).
        if (video.SourceWidth == width && video.SourceHeight == height) return "setsar=1";
        var g = FitGeometry.Compute(video.SourceWidth, video.SourceHeight, width, height, video.Fit, video.Anchor);
        var scaledW = Even(video.SourceWidth * g.ScaleX);
        var scaledH = Even(video.SourceHeight * g.ScaleY);
        var cropW = Math.Min(scaledW, width);
        var cropH = Math.Min(scaledH, height);
        var cropX = Math.Clamp((int)Math.Round(-g.OffsetX), 0, scaledW - cropW);
        var cropY = Math.Clamp((int)Math.Round(-g.OffsetY), 0, scaledH - cropH);
        var padX = Math.Clamp((int)Math.Round(g.OffsetX), 0, width - cropW);
        var padY = Math.Clamp((int)Math.Round(g.OffsetY), 0, height - cropH);
        return $"scale={scaledW}:{scaledH}:flags=bicubic,crop={cropW}:{cropH}:{cropX}:{cropY},pad={width}:{height}:{padX}:{padY}:black,setsar=1";
    }

    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private static int Even(double value) => Math.Max(2, (int)Math.Round(value / 2) * 2);
}
