using DocsVideo.Script;
using DocsVideo.Timeline;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace DocsVideo.Slides;

/// <summary>
/// Draws one burned-in subtitle cue as a transparent layer (SUB-02 overlay, SUB-03 styling): by default black text
/// with a white outline centred near the bottom, as the originals did; colour, outline, box, size, scale, font and
/// position come from the header's subtitles map.
/// </summary>
public static class SubtitleRenderer
{
    /// <summary>Subtitle text size in px at 720p when the header gives none.</summary>
    public const int DefaultSize = 34;

    public static void Render(SubtitleCue cue, SubtitleSettings style, string? fontFile, int width, int height, string pngPath, string? language = null)
    {
        using var surface = Png.NewSurface(width, height);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        var scale = SlideLayout.Scale(width, height);
        var size = (float)((style.Size ?? DefaultSize) * style.Scale) * scale;
        var typeface = fontFile != null ? SKTypeface.FromFile(fontFile) ?? Fonts.Get("DejaVu Sans", true) : Fonts.Get("DejaVu Sans", true);
        var lines = Wrap(cue.Text, typeface, size, width * 0.9f, language);
        var lineHeight = size * 1.25f;
        var blockHeight = lines.Count * lineHeight;
        var top = style.Position switch
        {
            "top" => height * 0.06f,
            "middle" or "center" => (height - blockHeight) / 2,
            _ => height * 0.94f - blockHeight,
        };
        if (style.Background is { } box)
        {
            var widest = lines.Max(l => Measure(l, typeface, size, language));
            using var paint = new SKPaint { Color = Theme.ParseColor(box, new SKColor(0, 0, 0, 160)), IsAntialias = true };
            canvas.DrawRoundRect(SKRect.Create((width - widest) / 2 - size * 0.4f, top - size * 0.15f, widest + size * 0.8f, blockHeight + size * 0.3f), size * 0.2f, size * 0.2f, paint);
        }
        using var outline = new SKPaint
        {
            Color = Theme.ParseColor(style.Outline, SKColors.White), IsAntialias = true, Style = SKPaintStyle.Stroke,
            StrokeWidth = Math.Max(1.5f, size * 0.12f), StrokeJoin = SKStrokeJoin.Round,
        };
        using var fill = new SKPaint { Color = Theme.ParseColor(style.Color, SKColors.Black), IsAntialias = true };
        for (var i = 0; i < lines.Count; i++)
        {
            using var font = new SKFont(Fonts.For(lines[i], typeface, language), size);
            var baseline = top + i * lineHeight + size;
            if (style.Outline is not ("none" or "")) canvas.DrawShapedText(lines[i], width / 2f, baseline, SKTextAlign.Center, font, outline);
            canvas.DrawShapedText(lines[i], width / 2f, baseline, SKTextAlign.Center, font, fill);
        }
        Png.Save(surface, pngPath);
    }

    private static float Measure(string text, SKTypeface typeface, float size, string? language)
    {
        using var font = new SKFont(Fonts.For(text, typeface, language), size);
        return font.MeasureText(text);
    }

    /// <summary>The cue's own line breaks are kept (SUB-04); long lines wrap between words, or between CJK characters.</summary>
    private static List<string> Wrap(string text, SKTypeface typeface, float size, float maxWidth, string? language)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var current = "";
            var word = "";
            foreach (var c in paragraph + " ")
            {
                word += c;
                if (c != ' ' && c < '\u2E80') continue;
                if (current.Length > 0 && Measure((current + word).TrimEnd(), typeface, size, language) > maxWidth)
                {
                    lines.Add(current.TrimEnd());
                    current = "";
                }
                current += word;
                word = "";
            }
            lines.Add(current.TrimEnd());
        }
        return lines;
    }
}
