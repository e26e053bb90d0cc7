using SkiaSharp;

namespace DocsVideo.Slides;

/// <summary>The look of text slides (TXT-02..09): colours, backdrop, fonts. <c>default</c> and <c>light</c> are built in.</summary>
public sealed record Theme(string Name, SKColor Text, SKColor TextOverMedia, SKColor? Backdrop, SKColor Canvas, string SansFamily, string MonoFamily)
{
    public static readonly Theme Default = new("default", SKColors.Black, SKColors.White, new SKColor(0, 0, 0, 170), SKColors.White, "DejaVu Sans", "DejaVu Sans Mono");

    /// <summary>For dark pictures: light text straight on the picture, no backdrop (TXT-06).</summary>
    public static readonly Theme Light = Default with { Name = "light", TextOverMedia = new SKColor(0xF5, 0xF7, 0xFA), Backdrop = null };

    public static Theme Named(string name) => name.Equals("light", StringComparison.OrdinalIgnoreCase) ? Light : Default;

    /// <summary>CSS colour names and #hex values for (canvas:) and subtitle colours.</summary>
    public static SKColor ParseColor(string? text, SKColor fallback)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        text = text.Trim();
        if (text.StartsWith('#') && text.Length == 9 && SKColor.TryParse("#" + text[7..9] + text[1..7], out var rgba)) return rgba;
        if (SKColor.TryParse(text, out var color)) return color;
        var field = typeof(SKColors).GetField(text, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.IgnoreCase);
        return field?.GetValue(null) is SKColor named ? named : fallback;
    }
}
