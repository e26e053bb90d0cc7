using System.Security;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsVideo.Script;

/// <summary>
/// Turns a narration paragraph's Markdown into the text shown in subtitles and the text given to the voice.
/// Emphasis marks leave the subtitles; to the voice they become SSML emphasis (NAR-03: <c>*x*</c> moderate,
/// <c>**x**</c> strong, <c>~~x~~</c> reduced), so the spoken text is SSML exactly when the paragraph has emphasis.
/// Inline code is spelt out letter by letter (NAR-04); links keep their words.
/// </summary>
public static class NarrationText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseEmphasisExtras().Build();

    public sealed record Converted(string Display, string Spoken, bool IsSsml);

    public static Converted Convert(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var writer = new Writer();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline == null) continue;
            if (writer.Display.Length > 0) { writer.Display.Append('\n'); writer.Text(" "); }
            writer.Walk(block.Inline);
        }
        var plain = Squash(writer.Plain.ToString());
        return writer.Emphasised && plain.Length > 0
            ? new Converted(writer.Display.ToString().Trim(), $"<speak>{Squash(writer.Ssml.ToString())}</speak>", true)
            : new Converted(writer.Display.ToString().Trim(), plain, false);
    }

    /// <summary>Writes the subtitle text, the plain spoken text and its SSML form side by side.</summary>
    private sealed class Writer
    {
        public StringBuilder Display { get; } = new();
        public StringBuilder Plain { get; } = new();
        public StringBuilder Ssml { get; } = new();
        public bool Emphasised { get; private set; }

        public void Text(string spoken)
        {
            Plain.Append(spoken);
            Ssml.Append(SecurityElement.Escape(spoken));
        }

        public void Walk(ContainerInline container)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal: Display.Append(literal.Content); Text(literal.Content.ToString()); break;
                    case CodeInline code:
                        Display.Append(code.Content);
                        Text(string.Join(' ', code.Content.Where(c => !char.IsWhiteSpace(c))) + " ");
                        break;
                    case LineBreakInline: Display.Append('\n'); Text(" "); break;
                    case HtmlInline: break;
                    case AutolinkInline link: Display.Append(link.Url); Text(link.Url); break;
                    case EmphasisInline emphasis when Level(emphasis) is { } level:
                        Emphasised = true;
                        Ssml.Append($"<emphasis level=\"{level}\">");
                        Walk(emphasis);
                        Ssml.Append("</emphasis>");
                        break;
                    case ContainerInline inner: Walk(inner); break;
                    default: Display.Append(inline.ToString()); Text(inline.ToString() ?? ""); break;
                }
            }
        }

        private static string? Level(EmphasisInline emphasis) => (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
        {
            ('*' or '_', 1) => "moderate",
            ('*' or '_', >= 2) => "strong",
            ('~', 2) => "reduced",
            _ => null,
        };
    }

    private static string Squash(string text) => string.Join(' ', text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
