using System.Globalization;

namespace DocsVideo.Media;

/// <summary>
/// The slow Ken Burns movement of a picture (AST-12) as an ffmpeg zoompan expression over the run's frames: zoom
/// goes from the cover size to 20 % closer, zoomout back, pan drifts towards the anchor edge at a fixed 15 % zoom,
/// panzoom and panzoomout combine the two. The picture comes in at twice the frame size so the movement is smooth.
/// </summary>
public static class Motion
{
    private const double Closer = 1.2;
    private const double PanZoom = 1.15;

    public static string Filter(string motion, string? anchor, int frames, int width, int height, int fps)
    {
        var p = $"(on/{Math.Max(1, frames - 1)})";
        var zoom = motion switch
        {
            "zoom" or "panzoom" => $"1+{Closer - 1:0.###}*{p}",
            "zoomout" or "panzoomout" => $"{Closer:0.###}-{Closer - 1:0.###}*{p}",
            _ => $"{PanZoom:0.###}",
        };
        var pans = motion.StartsWith("pan", StringComparison.Ordinal);
        var a = anchor ?? (pans ? "right" : "center");
        // Free room at this zoom is iw-iw/zoom; panning moves across it towards the anchor edge.
        string Axis(string size, string low, string high) =>
            pans && a.Contains(high) ? $"({size}-{size}/zoom)*{p}"
            : pans && a.Contains(low) ? $"({size}-{size}/zoom)*(1-{p})"
            : a.Contains(low) ? "0" : a.Contains(high) ? $"({size}-{size}/zoom)" : $"({size}-{size}/zoom)/2";
        var x = Axis("iw", "left", "right");
        var y = Axis("ih", "top", "bottom");
        return string.Create(CultureInfo.InvariantCulture, $"zoompan=z='{zoom}':x='{x}':y='{y}':d=1:s={width}x{height}:fps={fps}");
    }
}
