using SkiaSharp;

namespace DocsVideo.Slides;

/// <summary>A piece of a line drawn in its own face or colour: a highlighted token of code, a bold or italic word.</summary>
/// <param name="Italic">Asked for italic: drawn slanted when the family has no italic face.</param>
public sealed record TextRun(string Text, SKTypeface? Typeface = null, SKColor? Color = null, bool Italic = false);

/// <summary>One laid-out line of a slide: its text, face, size, alignment and indent, at scale 1; styled lines carry runs.</summary>
public sealed record TextLine(string Text, SKTypeface Typeface, float Size, bool Centered, float Indent = 0)
{
    public IReadOnlyList<TextRun>? Runs { get; init; }
    /// <summary>The theme's own colour for this kind of line (h1, list items), if it sets one.</summary>
    public SKColor? Color { get; init; }
    /// <summary>BCP 47 language of the text, for the choice of a CJK face.</summary>
    public string? Language { get; init; }

    public SKTypeface Face => Fonts.For(Text, Typeface, Language);

    public float Height => Size * 1.3f;

    public float Width(float scale)
    {
        if (Runs is { } runs) return runs.Sum(r => { using var font = Font(r, scale); return font.MeasureText(r.Text); }) + Indent * scale;
        using var plain = new SKFont(Face, Size * scale);
        return plain.MeasureText(Text) + Indent * scale;
    }

    /// <summary>The font a run is drawn with: its own face (or the line's), slanted if italic was asked and the face is upright.</summary>
    public SKFont Font(TextRun run, float scale) => new(Fonts.For(run.Text, run.Typeface ?? Typeface, Language), Size * scale)
    {
        Subpixel = true,
        SkewX = run.Italic && (run.Typeface ?? Typeface).FontStyle.Slant == SKFontStyleSlant.Upright ? -0.2f : 0,
    };
}
