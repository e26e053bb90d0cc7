using SkiaSharp;

namespace DocsVideo.Slides;

/// <summary>One laid-out line of a slide: its text, face, size, alignment and indent, at scale 1; code lines carry coloured runs.</summary>
public sealed record TextLine(string Text, SKTypeface Typeface, float Size, bool Centered, float Indent = 0)
{
    public IReadOnlyList<(string Text, SKColor Color)>? Runs { get; init; }
    /// <summary>The theme's own colour for this kind of line (h1, list items), if it sets one.</summary>
    public SKColor? Color { get; init; }
    /// <summary>BCP 47 language of the text, for the choice of a CJK face.</summary>
    public string? Language { get; init; }

    public SKTypeface Face => Fonts.For(Text, Typeface, Language);

    public float Height => Size * 1.3f;

    public float Width(float scale)
    {
        using var font = new SKFont(Face, Size * scale);
        return font.MeasureText(Text) + Indent * scale;
    }
}
