using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsVideo.Script;

/// <summary>
/// Turns a narration paragraph's Markdown into the text shown in subtitles and the text given to the voice:
/// emphasis marks go (NAR-03), inline code is spelt out letter by letter (NAR-04), links keep their words.
/// </summary>
public static class NarrationText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseEmphasisExtras().Build();

    public static (string Display, string Spoken) Convert(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var display = new StringBuilder();
        var spoken = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline == null) continue;
            if (display.Length > 0) { display.Append('\n'); spoken.Append(' '); }
            Walk(block.Inline, display, spoken);
        }
        return (display.ToString().Trim(), Squash(spoken.ToString()));
    }

    private static void Walk(ContainerInline container, StringBuilder display, StringBuilder spoken)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: display.Append(literal.Content); spoken.Append(literal.Content); break;
                case CodeInline code:
                    display.Append(code.Content);
                    spoken.Append(string.Join(' ', code.Content.Where(c => !char.IsWhiteSpace(c)))).Append(' ');
                    break;
                case LineBreakInline: display.Append('\n'); spoken.Append(' '); break;
                case HtmlInline html: break;
                case AutolinkInline link: display.Append(link.Url); spoken.Append(link.Url); break;
                case ContainerInline inner: Walk(inner, display, spoken); break;
                default: display.Append(inline.ToString()); spoken.Append(inline.ToString()); break;
            }
        }
    }

    private static string Squash(string text) => string.Join(' ', text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
