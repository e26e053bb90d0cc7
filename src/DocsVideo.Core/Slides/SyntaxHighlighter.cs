using ColorCode;
using ColorCode.Parsing;
using SkiaSharp;

namespace DocsVideo.Slides;

/// <summary>
/// Colours code slides (TXT-04) with ColorCode's grammars: C#, JavaScript, TypeScript, Python, Java, C++, CSS, HTML,
/// XML, JSON, SQL, PHP, PowerShell, F#, Haskell and more. A language it has no grammar for is drawn in one colour.
/// </summary>
public sealed class SyntaxHighlighter : CodeColorizerBase
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["js"] = "javascript", ["jsx"] = "javascript", ["ts"] = "typescript", ["tsx"] = "typescript", ["cs"] = "c#", ["csharp"] = "c#",
        ["py"] = "python", ["c"] = "cpp", ["c++"] = "cpp", ["h"] = "cpp", ["ps1"] = "powershell", ["fs"] = "f#", ["fsharp"] = "f#",
        ["vb"] = "vb.net", ["htm"] = "html", ["svg"] = "xml", ["xaml"] = "xml", ["csproj"] = "xml",
    };

    private readonly List<(string Text, SKColor Color)> _runs = [];
    private SKColor _plain;
    private bool _dark;

    private SyntaxHighlighter() : base(null, null) { }

    /// <summary>The code as lines of coloured runs, or null when there is no grammar for the language.</summary>
    public static List<List<(string Text, SKColor Color)>>? Lines(string code, string language, SKColor plain, bool darkBackground)
    {
        var grammar = Languages.FindById(Aliases.GetValueOrDefault(language, language));
        if (grammar == null) return null;
        var highlighter = new SyntaxHighlighter { _plain = plain, _dark = darkBackground };
        highlighter.languageParser.Parse(code, grammar, (text, scopes) => highlighter.Write(text, scopes));
        var lines = new List<List<(string, SKColor)>> { new() };
        foreach (var (text, color) in highlighter._runs)
        {
            var parts = text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0) lines.Add([]);
                if (parts[i].Length > 0) lines[^1].Add((parts[i].TrimEnd('\r'), color));
            }
        }
        return lines;
    }

    protected override void Write(string parsedSourceCode, IList<Scope> scopes)
    {
        var at = 0;
        foreach (var scope in scopes.OrderBy(s => s.Index))
        {
            if (scope.Index > at) _runs.Add((parsedSourceCode[at..scope.Index], _plain));
            _runs.Add((parsedSourceCode.Substring(scope.Index, scope.Length), Colour(scope.Name)));
            at = scope.Index + scope.Length;
        }
        if (at < parsedSourceCode.Length) _runs.Add((parsedSourceCode[at..], _plain));
    }

    /// <summary>Visual Studio's light and dark palettes, by ColorCode scope name.</summary>
    private SKColor Colour(string scope)
    {
        var s = scope.ToLowerInvariant();
        string hex = s switch
        {
            _ when s.Contains("comment") => _dark ? "#6A9955" : "#008000",
            _ when s.Contains("string") || s.Contains("attribute value") || s.Contains("property value") => _dark ? "#CE9178" : "#A31515",
            _ when s.Contains("keyword") || s.Contains("preprocessor") => _dark ? "#569CD6" : "#0000FF",
            _ when s.Contains("number") => _dark ? "#B5CEA8" : "#098658",
            _ when s.Contains("class") || s.Contains("type") => _dark ? "#4EC9B0" : "#267F99",
            _ when s.Contains("element") || s.Contains("tag") || s.Contains("selector") => _dark ? "#569CD6" : "#800000",
            _ when s.Contains("attribute") || s.Contains("property") => _dark ? "#9CDCFE" : "#E50000",
            _ => "",
        };
        return hex.Length > 0 && SKColor.TryParse(hex, out var color) ? color : _plain;
    }
}
