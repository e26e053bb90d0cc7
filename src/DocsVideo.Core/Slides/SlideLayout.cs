using System.Text.RegularExpressions;
using DocsVideo.Script;
using SkiaSharp;

namespace DocsVideo.Slides;

/// <summary>
/// Turns a code fence into lines (TXT-02..05): a plain fence is bold centred literal text, <c>md</c> draws headings
/// and lists, any other language is left-aligned monospaced code. Sizes are px at 720p, scaled with the frame.
/// </summary>
public static partial class SlideLayout
{
    public const int DefaultFontSize = 50;

    [GeneratedRegex(@"^(?<indent>\s*)(?<bullet>[-*+]|\d+[.)])\s+(?<text>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"(\*\*|__|\*|_|~~|`)(?<t>.+?)\1")]
    private static partial Regex InlineMarks();

    [GeneratedRegex(@"\[(?<t>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    public static List<TextLine> Lines(TextSlide slide, Theme theme, float maxWidth, SKColor textColor, bool darkBackground, string? language = null) =>
        Layout(slide, theme, maxWidth, textColor, darkBackground).Select(l => l with { Language = language }).ToList();

    private static List<TextLine> Layout(TextSlide slide, Theme theme, float maxWidth, SKColor textColor, bool darkBackground)
    {
        var size = (float)(slide.FontSize ?? theme.FontSize ?? DefaultFontSize);
        var source = slide.Text.Replace("\t", "    ").Split('\n');
        return slide.Language switch
        {
            "" or "text" or "plain" or "txt" => Wrap(source.Select(l => new TextLine(l.Trim(), Fonts.Get(theme.SansFamily, true), size, true)), maxWidth),
            "md" or "markdown" => Wrap(source.Select(l => Markdown(l, theme, size)), maxWidth),
            _ => Code(slide, source, theme, size, textColor, darkBackground),
        };
    }

    /// <summary>Code keeps its lines and indentation, monospaced and coloured by its language.</summary>
    private static List<TextLine> Code(TextSlide slide, string[] source, Theme theme, float size, SKColor textColor, bool darkBackground)
    {
        var typeface = Fonts.Get(theme.MonoFamily, false);
        var coloured = SyntaxHighlighter.Lines(string.Join('\n', source), slide.Language, textColor, darkBackground);
        return source.Select((line, i) => new TextLine(line.TrimEnd(), typeface, size * 0.7f, false)
        {
            Runs = coloured != null && i < coloured.Count ? coloured[i] : null,
        }).ToList();
    }

    private static TextLine Markdown(string line, Theme theme, float size)
    {
        if (ScriptParser.IsHeading(line, out var heading))
        {
            var level = line.TrimStart().TakeWhile(c => c == '#').Count();
            var headingSize = level == 1 ? theme.HeadingSize ?? size * 1.25f : size * 1.05f;
            return new TextLine(Plain(heading), Fonts.Get(theme.SansFamily, true), headingSize, true) { Color = theme.Heading };
        }
        var item = ListItem().Match(line);
        if (item.Success)
        {
            var depth = item.Groups["indent"].Value.Length / 2;
            var bullet = char.IsDigit(item.Groups["bullet"].Value[0]) ? item.Groups["bullet"].Value : depth == 0 ? "•" : "◦";
            return new TextLine($"{bullet} {Plain(item.Groups["text"].Value)}", Fonts.Get(theme.SansFamily, false), size * 0.8f, false, 40 * (depth + 1)) { Color = theme.ListText };
        }
        return new TextLine(Plain(line.Trim()), Fonts.Get(theme.SansFamily, false), size * 0.8f, true);
    }

    /// <summary>Markdown inline marks removed; links show their words (TXT-03).</summary>
    private static string Plain(string text) => InlineMarks().Replace(Link().Replace(text, "${t}"), "${t}");

    /// <summary>Long lines break between words (or between CJK characters) to fit the width at scale 1.</summary>
    private static List<TextLine> Wrap(IEnumerable<TextLine> lines, float maxWidth)
    {
        var result = new List<TextLine>();
        foreach (var line in lines)
        {
            if (line.Width(1) <= maxWidth || line.Text.Length < 2) { result.Add(line); continue; }
            var words = Breakable(line.Text);
            var current = "";
            foreach (var word in words)
            {
                var candidate = current + word;
                if (current.Length > 0 && (line with { Text = candidate.TrimEnd() }).Width(1) > maxWidth)
                {
                    result.Add(line with { Text = current.TrimEnd() });
                    current = word.TrimStart();
                }
                else current = candidate;
            }
            if (current.Trim().Length > 0) result.Add(line with { Text = current.TrimEnd() });
        }
        return result;
    }

    /// <summary>Pieces a line may break after: words with their trailing space, and single CJK characters.</summary>
    private static IEnumerable<string> Breakable(string text)
    {
        var piece = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            piece.Append(c);
            if (c == ' ' || c >= '\u2E80') { yield return piece.ToString(); piece.Clear(); }
        }
        if (piece.Length > 0) yield return piece.ToString();
    }
}
