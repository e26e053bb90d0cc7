using System.Text.RegularExpressions;

namespace DocsVideo.Script;

/// <summary>Image and video references: <c>![OPTIONS](file)</c> on a line of its own (AST-01, AST-02, AST-10..15).</summary>
public static partial class AssetReferenceParser
{
    private static readonly string[] Anchors = ["top", "bottom", "left", "right", "top-left", "top-right", "bottom-left", "bottom-right", "center"];
    private static readonly string[] Motions = ["zoom", "zoomout", "pan", "panzoom", "panzoomout"];
    private static readonly string[] Others = ["cover", "contain", "fit", "freeze", "match", "trim", "loop", "loop-audio", "mute", "start", "end"];

    [GeneratedRegex(@"^\s*!\[(?<opts>[^\]]*)\]\((?<path>.*)\)\s*$")]
    private static partial Regex Reference();

    public static bool IsReference(string line) => Reference().IsMatch(line);

    public static VisualAsset Parse(string line, int lineNumber, DiagnosticBag diagnostics)
    {
        var match = Reference().Match(line);
        var pathGroup = match.Groups["path"];
        var options = ParseTokens(match.Groups["opts"].Value, diagnostics, lineNumber, match.Groups["opts"].Index + 1);
        return new VisualAsset(lineNumber, pathGroup.Index + 1, CleanPath(pathGroup.Value), options);
    }

    /// <summary>Accepts <c>&lt;…&gt;</c>-wrapped and %20-encoded paths as well as plain ones with spaces (AST-02).</summary>
    public static string CleanPath(string path)
    {
        path = path.Trim();
        if (path.StartsWith('<') && path.EndsWith('>')) path = path[1..^1];
        return path.Contains('%') ? Uri.UnescapeDataString(path) : path;
    }

    public static Fit? ParseFit(string word) => word.Trim().ToLowerInvariant() switch
    {
        "cover" => Fit.Cover,
        "contain" => Fit.Contain,
        "fit" => Fit.Stretch,
        _ => null,
    };

    public static VideoSync? ParseSync(string word) => word.Trim().ToLowerInvariant() switch
    {
        "freeze" => VideoSync.Freeze,
        "match" => VideoSync.Match,
        "trim" => VideoSync.Trim,
        "loop" => VideoSync.Loop,
        "loop-audio" => VideoSync.LoopAudio,
        _ => null,
    };

    private static AssetOptions ParseTokens(string text, DiagnosticBag diagnostics, int line, int column)
    {
        var options = new AssetOptions();
        foreach (var token in text.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.ToLowerInvariant();
            if (ParseFit(word) is { } fit) options = options with { Fit = fit };
            else if (ParseSync(word) is { } sync) options = options with { Sync = sync, SyncGiven = true, Freeze = word == "freeze" };
            else if (Anchors.Contains(word)) options = options with { Anchor = word };
            else if (Motions.Contains(word)) options = options with { Motion = word };
            else if (word == "mute") options = options with { Volume = 0 };
            else if (word is "start" or "end") options = options with { Still = word };
            else if (Values.TrySegment(word, out var start, out var end))
                options = WithSegment(options, start, end, token, diagnostics, line, column + text.IndexOf(token, StringComparison.Ordinal));
            else
                // Brackets are alt text in plain Markdown, so a stray word is a warning, not an error.
                diagnostics.Warning(DiagnosticCodes.UnknownAssetOption, line, column + text.IndexOf(token, StringComparison.Ordinal),
                    $"unknown option '{token}' in ![...] is ignored; {Suggest.DidYouMean(word, Others.Concat(Anchors).Concat(Motions))}, or a segment like 00-08");
        }
        return options;
    }

    public static AssetOptions WithSegment(AssetOptions options, double start, double end, string text, DiagnosticBag diagnostics, int line, int column)
    {
        if (end <= start)
        {
            diagnostics.Error(DiagnosticCodes.InvalidSegment, line, column,
                $"segment '{text}' ends before it starts; write START-END with END after START, e.g. 00:10-00:14.5");
            return options;
        }
        return options with { SegmentStart = start, SegmentEnd = end };
    }
}
