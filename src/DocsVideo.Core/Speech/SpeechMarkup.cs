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
    /// <summary>The words alone, for engines that read plain text (OpenAI, local commands).</summary>
    public static string Plain(SpeechRequest request) => request.IsSsml
        ? string.Join(' ', WebUtility.HtmlDecode(Tag().Replace(request.Text, " ")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        : request.Text;

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

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("</?speak[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakTag();
}
