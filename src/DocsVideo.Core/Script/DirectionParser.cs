using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace DocsVideo.Script;

/// <summary>Stage directions <c>(name: value)</c>, single-line or YAML over several lines (DIR-01..25).</summary>
public static partial class DirectionParser
{
    public static readonly string[] Known =
    [
        "pause", "pause-until", "duration", "voice", "voice-speed", "voice-volume", "voice-emphasis", "narration-mode",
        "font-size", "theme", "transition", "audio", "video", "image", "callout", "canvas",
    ];

    private static readonly string[] HeaderOnly = ["background", "size", "subtitles", "asset-resize"];

    [GeneratedRegex(@"^\s*\(\s*(?<name>[A-Za-z][\w-]*)\s*:")]
    private static partial Regex Start();

    /// <summary>The direction name if the line opens something shaped like a direction.</summary>
    public static string? NameAt(string line)
    {
        var match = Start().Match(line);
        return match.Success ? match.Groups["name"].Value.ToLowerInvariant() : null;
    }

    public static bool IsKnown(string name) => Known.Contains(name) || HeaderOnly.Contains(name);

    /// <summary>How many lines, from <paramref name="first"/>, the direction spans; 0 when its ')' never comes.</summary>
    public static int Span(IReadOnlyList<string> lines, int first, int last)
    {
        var depth = 0;
        for (var i = first; i <= last; i++)
        {
            var line = lines[i];
            if (i > first && line.Trim().Length == 0) return 0;
            foreach (var c in line)
            {
                if (c == '(') depth++;
                else if (c == ')') depth--;
            }
            if (depth <= 0) return line.TrimEnd().EndsWith(')') ? i - first + 1 : 0;
        }
        return 0;
    }

    /// <summary>The direction's name and value: a scalar for one-line forms, a YAML node for maps.</summary>
    public static (string Name, string Scalar, YamlNode? Map) Read(IReadOnlyList<string> lines, int first, int count, int lineNumber, DiagnosticBag diagnostics)
    {
        var text = string.Join('\n', lines.Skip(first).Take(count));
        var open = text.IndexOf('(');
        var inner = text[(open + 1)..text.LastIndexOf(')')];
        var colon = inner.IndexOf(':');
        var name = inner[..colon].Trim().ToLowerInvariant();
        var rest = inner[(colon + 1)..];
        var firstRest = rest.Split('\n')[0].Trim();
        var isMultiLine = rest.Contains('\n') && rest[(rest.IndexOf('\n') + 1)..].Trim().Length > 0;
        // SCN-10: "(video: file: Intro.mov, volume: 2.0)" is a map written on one line.
        if (!isMultiLine && name is "video" or "callout" && firstRest.Contains(": ") && !firstRest.StartsWith('{')) firstRest = "{" + firstRest + "}";
        if (!isMultiLine && !firstRest.StartsWith('{')) return (name, firstRest, null);
        // The value is YAML: a map under the name, on the following lines or in {flow} form.
        var startsOnNextLine = isMultiLine && firstRest.Length == 0;
        var yamlText = !isMultiLine ? firstRest : Dedent(startsOnNextLine ? rest[(rest.IndexOf('\n') + 1)..] : rest.TrimStart());
        var node = Yaml.Parse(yamlText.TrimEnd(), lineNumber + (startsOnNextLine ? 1 : 0), open + colon + 3, diagnostics,
            DiagnosticCodes.DirectionYaml, $"the ({name}: ...) direction");
        return (name, node is YamlScalarNode scalar ? scalar.Value ?? "" : firstRest, node as YamlMappingNode);
    }

    private static string Dedent(string text)
    {
        var lines = text.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ', '\t').Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
