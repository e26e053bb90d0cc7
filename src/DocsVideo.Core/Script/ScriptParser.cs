using System.Text;
using System.Text.RegularExpressions;

namespace DocsVideo.Script;

/// <summary>
/// .vmd text to <see cref="VideoScript"/>. Line-aware rather than a plain Markdown parse, because real scripts rely on
/// quirks CommonMark would read otherwise: <c>---</c> under a text line splits scenes (SCN-03), and an image or direction
/// line ends its element even without a blank line after it (SCN-07).
/// </summary>
public static partial class ScriptParser
{
    [GeneratedRegex(@"^\s*-{3,}\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s{0,3}(?<marks>#{1,6})\s+(?<text>.*)$")]
    private static partial Regex Heading();

    public static VideoScript ParseFile(string path, Limits? limits = null)
    {
        if (new FileInfo(path).Length > Limits.MaxScriptBytes)
        {
            var bag = new DiagnosticBag(path);
            bag.Error(DiagnosticCodes.InvalidValue, 1, 1, $"the script is larger than {Limits.MaxScriptBytes >> 20} MB; a video script is text of a few pages");
            return new VideoScript { Path = path, Header = new ScriptHeader(), Scenes = [], Diagnostics = bag.Items };
        }
        var bytes = File.ReadAllBytes(path);
        string text;
        try { text = new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException)
        {
            var bag = new DiagnosticBag(path);
            bag.Error(DiagnosticCodes.InvalidValue, 1, 1, "the script is not UTF-8 text; save it as UTF-8");
            return new VideoScript { Path = path, Header = new ScriptHeader(), Scenes = [], Diagnostics = bag.Items };
        }
        return Parse(path, text, limits);
    }

    public static VideoScript Parse(string path, string text, Limits? limits = null)
    {
        limits ??= Limits.Default;
        var diagnostics = new DiagnosticBag(path);
        var lines = SourceText.Lines(text, diagnostics);
        var header = new ScriptHeader();
        var bodyStart = 0;
        if (lines.Length > 0 && Separator().IsMatch(lines[0]))
        {
            var end = Array.FindIndex(lines, 1, l => Separator().IsMatch(l));
            if (end < 0) end = lines.Length;
            header = HeaderParser.Parse(string.Join('\n', lines[1..end]), 2, diagnostics, limits);
            bodyStart = end + 1;
        }
        var scenes = new List<Scene>();
        foreach (var (first, last) in SceneRanges(lines, bodyStart))
        {
            if (scenes.Count == limits.MaxScenes)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, first + 1, 1,
                    $"the script has more than {limits.MaxScenes} scenes; split it into several videos, or raise DocsVideoMaxScenes");
                break;
            }
            var scene = new SceneReader(lines, first, last, scenes.Count + 1, diagnostics, limits).Read();
            if (scene != null) scenes.Add(scene);
        }
        return new VideoScript { Path = path, Header = header, Scenes = scenes, Diagnostics = diagnostics.Items };
    }

    /// <summary>Line index ranges of the scenes: separators outside code fences split them (SCN-02..04).</summary>
    private static IEnumerable<(int First, int Last)> SceneRanges(string[] lines, int start)
    {
        string? fence = null;
        var first = start;
        for (var i = start; i < lines.Length; i++)
        {
            if (fence != null) { if (Fences.Closes(lines[i], fence)) fence = null; continue; }
            if (Fences.Opening(lines[i]) is { } opened) { fence = opened; continue; }
            if (!Separator().IsMatch(lines[i])) continue;
            yield return (first, i - 1);
            first = i + 1;
        }
        if (first < lines.Length) yield return (first, lines.Length - 1);
    }

    internal static bool IsHeading(string line, out string text)
    {
        var match = Heading().Match(line);
        text = match.Groups["text"].Value.Trim();
        return match.Success;
    }
}
