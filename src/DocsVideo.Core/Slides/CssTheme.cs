using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DocsVideo.Script;
using SkiaSharp;

namespace DocsVideo.Slides;

/// <summary>
/// A theme from a CSS file (TXT-07), in a documented subset: <c>body</c> (color, background-color, background or
/// background-image as a colour, <c>linear-gradient(top, bottom)</c> or <c>url(picture)</c>, font-family, font-size),
/// <c>h1</c> (color, font-size), <c>ul</c>/<c>li</c> (color), <c>.backdrop</c> (background-color), <c>code</c>/<c>pre</c>
/// (font-family) and <c>@font-face</c> (font-family, src: url(font file in the project)). Anything else is a warning.
/// Files are local only: a URL is refused.
/// </summary>
public static partial class CssTheme
{
    private static readonly ConcurrentDictionary<string, Theme> Cache = new();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"(?<selector>[^{}]+)\{(?<body>[^{}]*)\}")]
    private static partial Regex Rule();

    [GeneratedRegex(@"url\(\s*['""]?(?<u>[^'"")]+)['""]?\s*\)")]
    private static partial Regex Url();

    [GeneratedRegex(@"linear-gradient\((?<args>.*)\)")]
    private static partial Regex Gradient();

    /// <summary>The theme of a CSS file; with <paramref name="diagnostics"/>, every unsupported part is reported.</summary>
    public static Theme Load(string path, List<Diagnostic>? diagnostics)
    {
        if (diagnostics == null && Cache.TryGetValue(path, out var cached)) return cached;
        var text = File.ReadAllText(path);
        var blanked = Comment().Replace(text, m => new string(m.Value.Select(c => c == '\n' ? '\n' : ' ').ToArray()));
        var folder = Path.GetDirectoryName(path)!;
        var theme = Theme.Default with { Name = path };
        var files = new List<string> { path };
        void Warn(int at, string message) =>
            diagnostics?.Add(new Diagnostic(DiagnosticCodes.UnsupportedCss, Severity.Warning, path, LineOf(text, at), 1, message));
        string? Local(string url, int at)
        {
            if (url.Contains("://") || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || Path.IsPathRooted(url))
            {
                Warn(at, $"'{url}' is not a file in the project; themes load local files only, so it is ignored");
                return null;
            }
            var full = Path.GetFullPath(Path.Combine(folder, url));
            if (!File.Exists(full)) { Warn(at, $"'{url}' was not found next to the theme; it is ignored"); return null; }
            files.Add(full);
            return full;
        }

        foreach (Match rule in Rule().Matches(blanked))
        {
            var selector = rule.Groups["selector"].Value.Trim();
            foreach (var (property, value, at) in Declarations(rule.Groups["body"]))
            {
                var applied = (selector.ToLowerInvariant(), property) switch
                {
                    ("@font-face", "font-family") => true,
                    ("@font-face", "src") => Url().Match(value) is { Success: true } u && Local(u.Groups["u"].Value, at) is { } font
                        && Register(rule.Groups["body"].Value, font),
                    ("body", "color") => Set(ref theme, t => t with { Text = Colour(value, t.Text), TextOverMedia = Colour(value, t.TextOverMedia) }),
                    ("body", "background-color") => Set(ref theme, t => t with { Canvas = Colour(value, t.Canvas) }),
                    ("body", "background" or "background-image") => Background(ref theme, value, at, Local),
                    ("body", "font-family") => Set(ref theme, t => t with { SansFamily = Family(value) }),
                    ("body", "font-size") => Size(value) is { } px && Set(ref theme, t => t with { FontSize = px }),
                    ("h1", "color") => Set(ref theme, t => t with { Heading = Colour(value, t.Text) }),
                    ("h1", "font-size") => Size(value) is { } h1 && Set(ref theme, t => t with { HeadingSize = h1 }),
                    ("ul" or "li", "color") => Set(ref theme, t => t with { ListText = Colour(value, t.Text) }),
                    (".backdrop", "background-color" or "background") => Set(ref theme, t => t with { Backdrop = Colour(value, t.Backdrop ?? SKColors.Black) }),
                    ("code" or "pre", "font-family") => Set(ref theme, t => t with { MonoFamily = Family(value) }),
                    _ => false,
                };
                if (!applied) Warn(at, $"'{property}' in '{selector}' is not supported and is ignored; see docs/themes.md for what themes can set");
            }
        }
        theme = theme with { Files = files };
        Cache[path] = theme;
        return theme;
    }

    private static bool Set(ref Theme theme, Func<Theme, Theme> change)
    {
        theme = change(theme);
        return true;
    }

    private static bool Background(ref Theme theme, string value, int at, Func<string, int, string?> local)
    {
        if (Gradient().Match(value) is { Success: true } g)
        {
            var colours = g.Groups["args"].Value.Split(',').Select(a => a.Trim()).Where(a => !a.StartsWith("to ") && !a.EndsWith("deg")).ToList();
            if (colours.Count < 2) return false;
            theme = theme with { Gradient = (Colour(colours[0], theme.Canvas), Colour(colours[^1], theme.Canvas)) };
            return true;
        }
        if (Url().Match(value) is { Success: true } u)
        {
            theme = theme with { BackgroundImage = local(u.Groups["u"].Value, at) };
            return true;
        }
        theme = theme with { Canvas = Colour(value, theme.Canvas) };
        return true;
    }

    /// <summary>Registers the @font-face's family under the name the rule gives it.</summary>
    private static bool Register(string ruleBody, string file)
    {
        var family = Regex.Match(ruleBody, @"font-family\s*:\s*([^;]+)").Groups[1].Value;
        Fonts.Register(Family(family), file);
        return true;
    }

    private static IEnumerable<(string Property, string Value, int At)> Declarations(Group body)
    {
        var at = body.Index;
        foreach (var part in body.Value.Split(';'))
        {
            var colon = part.IndexOf(':');
            if (colon > 0) yield return (part[..colon].Trim().ToLowerInvariant(), part[(colon + 1)..].Trim().Replace("!important", "").Trim(), at + part.Length - part.TrimStart().Length);
            at += part.Length + 1;
        }
    }

    private static SKColor Colour(string value, SKColor fallback) => Theme.ParseColor(value.Trim(), fallback);

    private static string Family(string value) => value.Split(',')[0].Trim().Trim('"', '\'');

    private static int? Size(string value) => int.TryParse(value.Trim().Replace("px", ""), out var px) && px is >= 6 and <= 400 ? px : null;

    private static int LineOf(string text, int index) => text.Take(Math.Min(index, text.Length)).Count(c => c == '\n') + 1;
}
