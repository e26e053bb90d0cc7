using System.Net;
using System.Security;
using System.Text.RegularExpressions;

namespace DocsVideo.Speech;

/// <summary>
/// One request's text in the forms engines understand: plain words for engines without SSML, the SSML body for
/// those with it, and the delivery settings (emphasis, fragment) expressed in that text.
/// </summary>
public static partial class SpeechMarkup
{
    /// <summary>
    /// The words alone, for engines that read plain text (OpenAI, local commands); what SSML asked to be spelt out
    /// (<c>say-as interpret-as="characters"</c>) is written letter by letter, as inline code is.
    /// </summary>
    public static string Plain(SpeechRequest request)
    {
        if (!request.IsSsml) return request.Text;
        var spelt = SpellOut().Replace(request.Text, m => string.Join(' ', m.Groups[1].Value.Where(c => !char.IsWhiteSpace(c))));
        // Elements that stand between words (break, p, s) leave a space; the rest wrap words and leave nothing.
        var words = Tag().Replace(spelt, m => Separating().IsMatch(m.Value) ? " " : "");
        return string.Join(' ', WebUtility.HtmlDecode(words).Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>What goes inside &lt;speak&gt;: the writer's SSML without its own speak element, or escaped text.</summary>
    public static string Body(SpeechRequest request) =>
        request.IsSsml ? SpeakTag().Replace(request.Text, "") : SecurityElement.Escape(request.Text)!;

    /// <summary>The <c>voice-emphasis</c> level when it asks for something other than normal delivery (DIR-16).</summary>
    public static string? EmphasisLevel(SpeechRequest request) =>
        request.Emphasis?.Trim().ToLowerInvariant() is { Length: > 0 } level && level is not ("none" or "normal") ? SecurityElement.Escape(level) : null;

    /// <summary>
    /// A fragment (DIR-17) is part of a sentence that goes on in the next scene: ending it with a comma gives it the
    /// rising, unfinished intonation of a clause instead of a sentence's fall.
    /// </summary>
    public static string AsFragment(string text, bool isSsml)
    {
        if (isSsml)
        {
            var close = text.LastIndexOf("</speak>", StringComparison.OrdinalIgnoreCase);
            return close < 0 ? text : AsFragment(text[..close], false) + text[close..];
        }
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || ".!?,;:…。！？、".Contains(trimmed[^1]) ? text : trimmed + ",";
    }

    [GeneratedRegex(@"<say-as[^>]*interpret-as=""(?:characters|verbatim|spell-out)""[^>]*>([^<]*)</say-as>", RegexOptions.IgnoreCase)]
    private static partial Regex SpellOut();

    [GeneratedRegex(@"^</?(break|p|s)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Separating();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("</?speak[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakTag();
}
