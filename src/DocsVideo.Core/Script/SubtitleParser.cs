using YamlDotNet.RepresentationModel;

namespace DocsVideo.Script;

/// <summary>The header's <c>subtitles</c>: a mode word or the styling map (HDR-15, SUB-02, SUB-03).</summary>
public static class SubtitleParser
{
    private static readonly string[] Modes = ["auto", "overlay", "embed", "external", "none"];

    public static SubtitleSettings Parse(YamlNode node, DiagnosticBag diagnostics, int line, int column)
    {
        if (node is not YamlMappingNode map) return new SubtitleSettings { Mode = Mode(Yaml.Scalar(node) ?? "", diagnostics, line, column) };
        var settings = new SubtitleSettings { Mode = SubtitleMode.Overlay };
        foreach (var (k, v) in map.Children)
        {
            var value = Yaml.Scalar(v)?.Trim() ?? "";
            var at = Yaml.LineOf(k, line);
            switch (Yaml.Scalar(k)?.Trim().ToLowerInvariant())
            {
                case "mode": settings = settings with { Mode = Mode(value, diagnostics, at, column) }; break;
                case "break": settings = settings with { Break = Number(value, 10, 500, 0, "break", diagnostics, at, column) is > 0 and var n ? n : null }; break;
                case "color": settings = settings with { Color = value }; break;
                case "background": settings = settings with { Background = value }; break;
                case "outline": settings = settings with { Outline = value }; break;
                case "scale": settings = settings with { Scale = Values.TryNumber(value, out var s) && s is > 0 and <= 10 ? s : settings.Scale }; break;
                case "size": settings = settings with { Size = Number(value, 6, 400, 0, "size", diagnostics, at, column) }; break;
                case "font": settings = settings with { Font = value }; break;
                case "position": settings = settings with { Position = value.ToLowerInvariant() }; break;
                default:
                    diagnostics.Warning(DiagnosticCodes.UnknownHeaderKey, at, column,
                        $"unknown subtitles property '{Yaml.Scalar(k)}' is ignored; Known: mode, break, color, background, outline, scale, size, font, position");
                    break;
            }
        }
        return settings;
    }

    private static SubtitleMode Mode(string value, DiagnosticBag diagnostics, int line, int column)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "auto" or "overlay": return SubtitleMode.Overlay;
            case "embed": return SubtitleMode.Embed;
            case "external": return SubtitleMode.External;
            case "none" or "": return SubtitleMode.None;
        }
        diagnostics.Error(DiagnosticCodes.InvalidValue, line, column, $"unknown subtitles mode '{value}'; {Suggest.DidYouMean(value, Modes)}");
        return SubtitleMode.None;
    }

    private static int Number(string value, int min, int max, int fallback, string name, DiagnosticBag diagnostics, int line, int column)
    {
        if (int.TryParse(value, out var n) && n >= min && n <= max) return n;
        diagnostics.Error(DiagnosticCodes.InvalidValue, line, column, $"subtitles {name} '{value}' must be a whole number from {min} to {max}");
        return fallback;
    }
}
