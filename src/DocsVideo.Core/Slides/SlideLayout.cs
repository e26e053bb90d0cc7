using System.Text.RegularExpressions;
using DocsVideo.Script;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SkiaSharp;

namespace DocsVideo.Slides;

/// <summary>
/// Turns a code fence into lines (TXT-02..05): a plain fence is bold centred literal text, <c>md</c> draws headings,
/// lists and bold/italic/code words, any other language is left-aligned monospaced code. Sizes are px at 720p,
/// scaled with the frame.
/// </summary>
public static partial class SlideLayout
{
    public const int DefaultFontSize = 50;

    [GeneratedRegex(@"^(?<indent>\s*)(?<bullet>[-*+]|\d+[.)])\s+(?<text>.*)$")]
    private static partial Regex ListItem();

    private static readonly MarkdownPipeline Inlines = new MarkdownPipelineBuilder().UseEmphasisExtras().Build();

    /// <summary>
    /// How much larger than at 720p text is drawn. Landscape frames scale with the frame (limited by the narrower
    /// fit); portrait frames (1080x1920) by their width as if it were 720p's height, so phone videos get text as large
    /// as a landscape video of the same short side instead of a quarter of the height's worth.
    /// </summary>
    public static float Scale(int width, int height) => height > width ? width / 720f : Math.Min(width / 1280f, height / 720f);

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
            Runs = coloured != null && i < coloured.Count ? coloured[i].Select(r => new TextRun(r.Text, Color: r.Color)).ToList() : null,
        }).ToList();
    }

    /// <summary>Headings centred and bold, list items left-aligned and indented by depth, other lines centred (TXT-03).</summary>
    private static TextLine Markdown(string line, Theme theme, float size)
    {
        if (ScriptParser.IsHeading(line, out var heading))
        {
            var level = line.TrimStart().TakeWhile(c => c == '#').Count();
            var headingSize = level == 1 ? theme.HeadingSize ?? size * 1.25f : size * 1.05f;
            return Styled(Runs(heading, theme, bold: true), Fonts.Get(theme.SansFamily, true), headingSize, true) with { Color = theme.Heading };
        }
        var item = ListItem().Match(line);
        if (item.Success)
        {
            var depth = item.Groups["indent"].Value.Length / 2;
            var bullet = char.IsDigit(item.Groups["bullet"].Value[0]) ? item.Groups["bullet"].Value : depth == 0 ? "•" : "◦";
            var runs = Runs(item.Groups["text"].Value, theme, bold: false).Prepend(new TextRun(bullet + " ")).ToList();
            return Styled(runs, Fonts.Get(theme.SansFamily, false), size * 0.8f, false, 40 * (depth + 1)) with { Color = theme.ListText };
        }
        return Styled(Runs(line.Trim(), theme, bold: false), Fonts.Get(theme.SansFamily, false), size * 0.8f, true);
    }

    private static TextLine Styled(List<TextRun> runs, SKTypeface face, float size, bool centered, float indent = 0) =>
        new(string.Concat(runs.Select(r => r.Text)), face, size, centered, indent) { Runs = runs };

    /// <summary>A line's inline Markdown as runs: **bold**, *italic*, `code` in the mono face; links show their words.</summary>
    private static List<TextRun> Runs(string markdown, Theme theme, bool bold)
    {
        var runs = new List<TextRun>();
        var inline = Markdig.Markdown.Parse(markdown, Inlines).Descendants<LeafBlock>().FirstOrDefault()?.Inline;
        if (inline == null) runs.Add(new TextRun(markdown, Fonts.Get(theme.SansFamily, bold)));
        else Walk(inline, bold, false);
        return Merge(runs);

        void Walk(ContainerInline container, bool isBold, bool isItalic)
        {
            foreach (var child in container)
            {
                switch (child)
                {
                    case LiteralInline literal: Add(literal.Content.ToString(), isBold, isItalic); break;
                    case CodeInline code: runs.Add(new TextRun(code.Content, Fonts.Get(theme.MonoFamily, isBold))); break;
                    case LineBreakInline: Add(" ", isBold, isItalic); break;
                    case AutolinkInline link: Add(link.Url, isBold, isItalic); break;
                    case HtmlInline: break;
                    case EmphasisInline emphasis when emphasis.DelimiterChar is '*' or '_':
                        Walk(emphasis, isBold || emphasis.DelimiterCount >= 2, isItalic || emphasis.DelimiterCount == 1);
                        break;
                    case ContainerInline inner: Walk(inner, isBold, isItalic); break;
                    default: Add(child.ToString() ?? "", isBold, isItalic); break;
                }
            }
        }

        void Add(string text, bool isBold, bool isItalic) =>
            runs.Add(new TextRun(text, Fonts.Get(theme.SansFamily, isBold, isItalic), Italic: isItalic));
    }

    /// <summary>Neighbouring runs of one style become one, so shaping (ligatures, kerning, CJK) sees whole words.</summary>
    private static List<TextRun> Merge(IEnumerable<TextRun> runs)
    {
        var merged = new List<TextRun>();
        foreach (var run in runs.Where(r => r.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1] with { Text = "" } == run with { Text = "" }) merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            else merged.Add(run);
        }
        return merged;
    }

    /// <summary>Long lines break between words (or between CJK characters) to fit the width at scale 1.</summary>
    private static List<TextLine> Wrap(IEnumerable<TextLine> lines, float maxWidth)
    {
        var result = new List<TextLine>();
        foreach (var line in lines)
        {
            if (line.Width(1) <= maxWidth || line.Text.Length < 2) { result.Add(line); continue; }
            var pieces = (line.Runs ?? [new TextRun(line.Text)]).SelectMany(r => Breakable(r.Text).Select(t => r with { Text = t }));
            var current = new List<TextRun>();
            foreach (var piece in pieces)
            {
                var candidate = current.Append(piece).ToList();
                if (current.Count > 0 && With(line, candidate).Width(1) > maxWidth)
                {
                    result.Add(With(line, current));
                    current = [piece with { Text = piece.Text.TrimStart() }];
                }
                else current = candidate;
            }
            if (current.Any(r => r.Text.Trim().Length > 0)) result.Add(With(line, current));
        }
        return result;
    }

    /// <summary>The line with these runs, the trailing space of the last one dropped; plain lines stay plain.</summary>
    private static TextLine With(TextLine line, List<TextRun> runs)
    {
        var trimmed = Merge(runs);
        if (trimmed.Count > 0) trimmed[^1] = trimmed[^1] with { Text = trimmed[^1].Text.TrimEnd() };
        var text = string.Concat(trimmed.Select(r => r.Text));
        return line.Runs == null ? line with { Text = text } : line with { Text = text, Runs = trimmed };
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
