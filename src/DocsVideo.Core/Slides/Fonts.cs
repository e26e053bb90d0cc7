using System.Collections.Concurrent;
using System.Text;
using SkiaSharp;

namespace DocsVideo.Slides;

/// <summary>
/// Typeface lookup that never substitutes silently: fontconfig hands back some other face for an unknown family,
/// so the family name is compared after each lookup. Text the face cannot draw (CJK in a Latin face) gets the face
/// the system offers for its first missing character.
/// </summary>
public static class Fonts
{
    private static readonly ConcurrentDictionary<(string Family, bool Bold, bool Italic), SKTypeface> Cache = new();

    private static readonly ConcurrentDictionary<string, string> Files = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A family from a font file (CSS @font-face): later lookups of that name use the file.</summary>
    public static void Register(string family, string file)
    {
        Files[family] = file;
        foreach (var key in Cache.Keys.Where(k => k.Family.Equals(family, StringComparison.OrdinalIgnoreCase))) Cache.TryRemove(key, out _);
    }

    /// <summary>The family's face in that weight and slant; a family without an italic face gives its upright one.</summary>
    public static SKTypeface Get(string family, bool bold, bool italic = false) => Cache.GetOrAdd((family, bold, italic), key =>
    {
        if (Files.TryGetValue(key.Family, out var file)) return SKTypeface.FromFile(file) ?? throw new FontMissingException(key.Family);
        var style = (key.Bold, key.Italic) switch
        {
            (true, true) => SKFontStyle.BoldItalic, (true, false) => SKFontStyle.Bold,
            (false, true) => SKFontStyle.Italic, _ => SKFontStyle.Normal,
        };
        var typeface = SKTypeface.FromFamilyName(key.Family, style);
        if (typeface != null && typeface.FamilyName.Equals(key.Family, StringComparison.OrdinalIgnoreCase)) return typeface;
        throw new FontMissingException(key.Family);
    });

    /// <summary>
    /// A face that has every character of <paramref name="text"/>, starting from the preferred one. The language
    /// (BCP 47, from the narration's voice) picks among faces that share characters: the same hanzi is drawn
    /// differently in Japanese, Chinese and Korean, and fontconfig would otherwise pick the Japanese face for all.
    /// </summary>
    public static SKTypeface For(string text, SKTypeface preferred, string? language = null)
    {
        using var font = new SKFont(preferred);
        var missing = text.EnumerateRunes().FirstOrDefault(r => !Rune.IsWhiteSpace(r) && !font.ContainsGlyph(r.Value));
        if (missing.Value == 0) return preferred;
        var languages = language == null ? null : new[] { FontconfigLanguage(language) };
        return SKFontManager.Default.MatchCharacter(preferred.FamilyName, preferred.FontStyle, languages, missing.Value) ?? preferred;
    }

    /// <summary>Characters of <paramref name="text"/> that no installed face can draw (they would show as empty boxes).</summary>
    public static IEnumerable<Rune> Undrawable(string text)
    {
        var preferred = Get("DejaVu Sans", false);
        using var font = new SKFont(preferred);
        foreach (var rune in text.EnumerateRunes().Distinct())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || font.ContainsGlyph(rune.Value)) continue;
            using var fallback = SKFontManager.Default.MatchCharacter(rune.Value);
            if (fallback == null) yield return rune;
        }
    }

    /// <summary>fontconfig matches "ja", "ko" and "zh-CN"/"zh-TW", not every BCP 47 spelling (ko-KR finds the JP face).</summary>
    private static string FontconfigLanguage(string bcp47)
    {
        var parts = bcp47.Split('-');
        var primary = parts[0].ToLowerInvariant();
        if (primary is "zh" or "cmn") return parts.Length > 1 && parts[^1].ToUpperInvariant() is "TW" or "HK" or "HANT" ? "zh-TW" : "zh-CN";
        return primary;
    }
}

public sealed class FontMissingException(string family)
    : Exception($"font '{family}' is not installed; install it (on Debian: fonts-dejavu-core, fonts-noto-core, fonts-noto-cjk) or name another font");
