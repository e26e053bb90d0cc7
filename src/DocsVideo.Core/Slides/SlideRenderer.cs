using DocsVideo.Script;
using DocsVideo.Timeline;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace DocsVideo.Slides;

/// <summary>
/// Draws a scene's picture with SkiaSharp: the still frame of an image or text scene, or the transparent layer that
/// goes over a playing clip (text slides, callouts: VID-08). Text is shaped with HarfBuzz.
/// </summary>
public static class SlideRenderer
{
    /// <summary>The whole frame of a scene without a playing clip: canvas, fitted image, callouts, text.</summary>
    public static void RenderStill(ScenePlan scene, PlannedVisual? visual, int width, int height, string pngPath)
    {
        using var surface = Png.NewSurface(width, height);
        var canvas = surface.Canvas;
        var theme = Theme.Named(scene.Theme);
        // Text-only slides sit on the canvas colour (white by default); pictures get black bars where contain leaves room.
        canvas.Clear(Theme.ParseColor(scene.Canvas, visual == null ? theme.Canvas : SKColors.Black));
        if (visual == null && scene.Canvas == null) DrawThemeBackground(canvas, theme, width, height);
        FitGeometry? geometry = null;
        if (visual != null)
        {
            using var image = SKImage.FromEncodedData(visual.File) ?? throw new InvalidDataException($"'{Path.GetFileName(visual.File)}' is not a picture SkiaSharp can decode");
            var g = FitGeometry.Compute(image.Width, image.Height, width, height, visual.Fit, visual.Anchor);
            var destination = SKRect.Create((float)g.OffsetX, (float)g.OffsetY, (float)(image.Width * g.ScaleX), (float)(image.Height * g.ScaleY));
            canvas.DrawImage(image, destination, SamplingFor(g));
            geometry = g;
        }
        DrawCallouts(canvas, scene.Callouts, geometry ?? new FitGeometry(1, 1, 0, 0), width, height);
        DrawSlides(canvas, scene.Slides, theme, overMedia: visual != null, width, height, scene.Language);
        Png.Save(surface, pngPath);
    }

    /// <summary>
    /// Mitchell cubic for a picture drawn larger or smaller; none for one drawn at its own size on whole pixels (a
    /// screenshot the size of the frame), where the cubic filter would only soften it, and takes 60 ms a 1080p frame.
    /// </summary>
    private static SKSamplingOptions SamplingFor(FitGeometry g) =>
        g.ScaleX == 1 && g.ScaleY == 1 && g.OffsetX == Math.Round(g.OffsetX) && g.OffsetY == Math.Round(g.OffsetY)
            ? SKSamplingOptions.Default
            : new SKSamplingOptions(SKCubicResampler.Mitchell);

    /// <summary>A CSS theme's gradient or picture behind a text-only slide.</summary>
    private static void DrawThemeBackground(SKCanvas canvas, Theme theme, int width, int height)
    {
        if (theme.Gradient is { } g)
        {
            using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height), [g.Top, g.Bottom], SKShaderTileMode.Clamp);
            using var paint = new SKPaint { Shader = shader };
            canvas.DrawRect(SKRect.Create(width, height), paint);
        }
        if (theme.BackgroundImage is { } file && SKImage.FromEncodedData(file) is { } image)
        {
            using (image)
            {
                var fit = FitGeometry.Compute(image.Width, image.Height, width, height, Script.Fit.Cover, null);
                canvas.DrawImage(image, SKRect.Create((float)fit.OffsetX, (float)fit.OffsetY, (float)(image.Width * fit.ScaleX), (float)(image.Height * fit.ScaleY)),
                    SamplingFor(fit));
            }
        }
    }

    /// <summary>A picture alone, fitted to the given size (the source of a zoom or pan).</summary>
    public static void RenderPicture(PlannedVisual visual, int width, int height, string pngPath)
    {
        using var surface = Png.NewSurface(width, height);
        surface.Canvas.Clear(SKColors.Black);
        using var image = SKImage.FromEncodedData(visual.File) ?? throw new InvalidDataException($"'{Path.GetFileName(visual.File)}' is not a picture SkiaSharp can decode");
        var g = FitGeometry.Compute(image.Width, image.Height, width, height, visual.Fit, visual.Anchor);
        surface.Canvas.DrawImage(image, SKRect.Create((float)g.OffsetX, (float)g.OffsetY, (float)(image.Width * g.ScaleX), (float)(image.Height * g.ScaleY)),
            SamplingFor(g));
        Png.Save(surface, pngPath);
    }

    /// <summary>The layer over a playing clip; false when there is nothing to draw over it.</summary>
    public static bool RenderOverlay(ScenePlan scene, PlannedVisual video, int width, int height, string pngPath)
    {
        if (scene.Slides.Count == 0 && scene.Callouts.Count == 0) return false;
        using var surface = Png.NewSurface(width, height);
        surface.Canvas.Clear(SKColors.Transparent);
        var geometry = FitGeometry.Compute(video.SourceWidth, video.SourceHeight, width, height, video.Fit, video.Anchor);
        DrawCallouts(surface.Canvas, scene.Callouts, geometry, width, height);
        DrawSlides(surface.Canvas, scene.Slides, Theme.Named(scene.Theme), overMedia: true, width, height, scene.Language);
        Png.Save(surface, pngPath);
        return true;
    }

    /// <summary>Draws a transparent layer (a burned-in cue) over a picture.</summary>
    public static void Compose(string basePng, string layerPng, string pngPath)
    {
        using var picture = SKBitmap.Decode(basePng);
        using var layer = SKBitmap.Decode(layerPng);
        using var surface = Png.NewSurface(picture.Width, picture.Height);
        using var pictureImage = SKImage.FromBitmap(picture);
        using var layerImage = SKImage.FromBitmap(layer);
        surface.Canvas.DrawImage(pictureImage, 0, 0, SKSamplingOptions.Default);
        surface.Canvas.DrawImage(layerImage, 0, 0, SKSamplingOptions.Default);
        Png.Save(surface, pngPath);
    }

    /// <summary>Dims everything but the callout shapes (CAL-01), or masks the shape in black with style: mask.</summary>
    private static void DrawCallouts(SKCanvas canvas, IReadOnlyList<Callout> callouts, FitGeometry geometry, int width, int height)
    {
        if (callouts.Count == 0) return;
        using var dim = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        dim.AddRect(SKRect.Create(width, height));
        var alpha = 0.0;
        foreach (var callout in callouts)
        {
            var (x1, y1) = geometry.Map(callout.X1, callout.Y1);
            var (x2, y2) = geometry.Map(callout.X2, callout.Y2);
            var rect = new SKRect((float)x1, (float)y1, (float)x2, (float)y2);
            if (callout.Mask)
            {
                using var black = new SKPaint { Color = SKColors.Black, IsAntialias = true };
                if (callout.Shape == CalloutShape.Circle) canvas.DrawOval(rect, black); else canvas.DrawRect(rect, black);
                continue;
            }
            if (callout.Shape == CalloutShape.Circle) dim.AddOval(rect); else dim.AddRect(rect);
            alpha = Math.Max(alpha, callout.Alpha);
        }
        if (alpha <= 0) return;
        using var paint = new SKPaint { Color = new SKColor(0, 0, 0, (byte)Math.Round(alpha * 255)), IsAntialias = true };
        using var path = dim.Detach();
        canvas.DrawPath(path, paint);
    }

    /// <summary>Text slides, stacked when a scene has several (TXT-11), shrunk when they do not fit.</summary>
    /// <summary>
    /// The slides' lines, the frame's scale from 720p, and how much the block must shrink to fit (1 when it fits):
    /// too tall, or too wide (code does not wrap).
    /// </summary>
    public static (List<TextLine> Lines, float Scale, float Fit) Layout(IReadOnlyList<TextSlide> slides, Theme theme, int width, int height, SKColor color, bool overMedia,
        string? language = null)
    {
        var scale = SlideLayout.Scale(width, height);
        var maxWidth = width * 0.88f;
        var lines = slides.SelectMany(s => SlideLayout.Lines(s, theme, maxWidth / scale, color, darkBackground: overMedia, language)).ToList();
        var blockHeight = lines.Sum(l => l.Height);
        var blockWidth = lines.Select(l => l.Width(1)).DefaultIfEmpty(0).Max();
        var fit = lines.Count == 0 ? 1f : Math.Min(1f, Math.Min(height * 0.88f / (blockHeight * scale), maxWidth / (blockWidth * scale)));
        return (lines, scale, fit);
    }

    private static void DrawSlides(SKCanvas canvas, IReadOnlyList<TextSlide> slides, Theme theme, bool overMedia, int width, int height, string? language)
    {
        if (slides.Count == 0) return;
        var color = overMedia ? theme.TextOverMedia : theme.Text;
        var (lines, scale, fit) = Layout(slides, theme, width, height, color, overMedia, language);
        var maxWidth = width * 0.88f;
        var blockHeight = lines.Sum(l => l.Height);
        var blockWidth = lines.Select(l => l.Width(1)).DefaultIfEmpty(0).Max();
        scale *= fit;
        var top = (height - blockHeight * scale) / 2;
        var left = (width - blockWidth * scale) / 2;
        if (overMedia && theme.Backdrop is { } backdrop)
        {
            var pad = 24 * scale;
            using var box = new SKPaint { Color = backdrop, IsAntialias = true };
            canvas.DrawRoundRect(SKRect.Create(left - pad, top - pad, blockWidth * scale + 2 * pad, blockHeight * scale + 2 * pad), 12 * scale, 12 * scale, box);
        }
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        if (overMedia && theme.Backdrop == null)
            paint.ImageFilter = SKImageFilter.CreateDropShadow(0, 2 * scale, 3 * scale, 3 * scale, new SKColor(0, 0, 0, 160));
        var y = top;
        foreach (var line in lines)
        {
            using var font = new SKFont(line.Face, line.Size * scale) { Subpixel = true };
            paint.Color = !overMedia && line.Color is { } own ? own : color;
            var baseline = y + line.Height * scale * 0.78f;
            if (line.Runs is { } runs)
            {
                // Styled text: each run in its face and colour, one after the other on the line.
                var x = line.Centered ? (width - line.Width(scale)) / 2 : left + line.Indent * scale;
                var lineColor = paint.Color;
                foreach (var run in runs)
                {
                    using var runFont = line.Font(run, scale);
                    paint.Color = run.Color ?? lineColor;
                    canvas.DrawShapedText(run.Text, x, baseline, SKTextAlign.Left, runFont, paint);
                    x += runFont.MeasureText(run.Text);
                }
                paint.Color = color;
            }
            else if (line.Centered) canvas.DrawShapedText(line.Text, width / 2f, baseline, SKTextAlign.Center, font, paint);
            else canvas.DrawShapedText(line.Text, left + line.Indent * scale, baseline, SKTextAlign.Left, font, paint);
            y += line.Height * scale;
        }
    }
}
