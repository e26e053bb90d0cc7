using SkiaSharp;

namespace DocsVideo.Slides;

/// <summary>
/// The look of text slides (TXT-02..09): colours, backdrop, fonts, background. <c>default</c> and <c>light</c> are
/// built in; a CSS file makes its own (<see cref="CssTheme"/>).
/// </summary>
public sealed record Theme(string Name, SKColor Text, SKColor TextOverMedia, SKColor? Backdrop, SKColor Canvas, string SansFamily, string MonoFamily)
{
    public SKColor? Heading { get; init; }
    /// <summary>Size of level-1 headings in px at 720p; by default 1.25 times the slide text.</summary>
    public int? HeadingSize { get; init; }
    public SKColor? ListText { get; init; }
    /// <summary>Slide text size in px at 720p when the scene sets none (50 in the built-in themes, TXT-05).</summary>
    public int? FontSize { get; init; }
    public string? BackgroundImage { get; init; }
    public (SKColor Top, SKColor Bottom)? Gradient { get; init; }
    /// <summary>Every file the theme reads (the CSS, fonts, pictures): part of the content key of scenes using it.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    public static readonly Theme Default = new("default", SKColors.Black, SKColors.White, new SKColor(0, 0, 0, 170), SKColors.White, "DejaVu Sans", "DejaVu Sans Mono");

    /// <summary>For dark pictures: light text straight on the picture, no backdrop (TXT-06).</summary>
    public static readonly Theme Light = Default with { Name = "light", TextOverMedia = new SKColor(0xF5, 0xF7, 0xFA), Backdrop = null };

    /// <summary>A built-in theme by name, or the theme of a CSS file by its full path.</summary>
    public static Theme Named(string name) =>
        name.EndsWith(".css", StringComparison.OrdinalIgnoreCase) && File.Exists(name) ? CssTheme.Load(name, null)
        : name.Equals("light", StringComparison.OrdinalIgnoreCase) ? Light : Default;

    /// <summary>CSS colour names and #hex values for (canvas:) and subtitle colours.</summary>
    public static SKColor ParseColor(string? text, SKColor fallback)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        text = text.Trim();
        if (text.StartsWith('#') && text.Length == 9 && SKColor.TryParse("#" + text[7..9] + text[1..7], out var rgba)) return rgba;
        if (SKColor.TryParse(text, out var color)) return color;
        var rgb = System.Text.RegularExpressions.Regex.Match(text, @"^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$");
        if (rgb.Success)
        {
            byte Channel(int i) => (byte)Math.Clamp(int.Parse(rgb.Groups[i].Value), 0, 255);
            var alpha = rgb.Groups[4].Success && double.TryParse(rgb.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture, out var a) ? a : 1;
            return new SKColor(Channel(1), Channel(2), Channel(3), (byte)Math.Round(Math.Clamp(alpha, 0, 1) * 255));
        }
        var field = typeof(SKColors).GetField(text, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.IgnoreCase);
        return field?.GetValue(null) is SKColor named ? named : fallback;
    }
}
