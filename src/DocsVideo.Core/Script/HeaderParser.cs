using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace DocsVideo.Script;

/// <summary>Reads the YAML header (HDR-*) into a <see cref="ScriptHeader"/> with defaults filled in.</summary>
public static partial class HeaderParser
{
    public static readonly string[] KnownKeys =
        ["size", "voice", "transition", "background", "theme", "subtitles", "asset-resize", "voice-speed", "voice-volume", "canvas", "fps", "ducking", "loudness"];

    /// <summary>Keys real scripts carry whose meaning is unknown (HDR-20): accepted with no effect.</summary>
    private static readonly string[] IgnoredKeys = ["target"];

    public static ScriptHeader Parse(string text, int firstLine, DiagnosticBag diagnostics, Limits? limits = null)
    {
        limits ??= Limits.Default;
        var header = new ScriptHeader();
        if (string.IsNullOrWhiteSpace(text)) return header;
        var root = Yaml.Parse(text, firstLine, 1, diagnostics, DiagnosticCodes.HeaderYaml, "the header");
        if (root == null) return header;
        if (root is not YamlMappingNode map)
        {
            diagnostics.Error(DiagnosticCodes.HeaderNotMap, Yaml.LineOf(root, firstLine), 1,
                "the header must be 'name: value' lines such as 'size: 1080p'");
            return header;
        }
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (Yaml.Scalar(keyNode) ?? "").Trim().ToLowerInvariant();
            var line = Yaml.LineOf(keyNode, firstLine);
            var column = (int)valueNode.Start.Column;
            var value = (Yaml.Scalar(valueNode) ?? "").Trim();
            switch (key)
            {
                case "size": header = ParseSize(value, header, diagnostics, line, column, limits); break;
                case "fps": header = ParseFps(value, header, diagnostics, line, column); break;
                case "voice": header = header with { Voice = value, VoiceLine = line }; break;
                case "transition":
                    header = header with { Transition = TransitionParser.Parse(valueNode, diagnostics, line, column) ?? header.Transition };
                    break;
                case "background": header = header with { Background = MusicParser.Parse(valueNode, diagnostics, line, column) }; break;
                case "theme": header = header with { Theme = value.Length == 0 ? "default" : value, ThemeLine = line }; break;
                case "subtitles": header = header with { Subtitles = SubtitleParser.Parse(valueNode, diagnostics, line, column) }; break;
                case "asset-resize":
                    header = header with { AssetResize = AssetReferenceParser.ParseFit(value) ?? Invalid(Fit.Cover, diagnostics, line, column, key, value, "cover, contain, fit") };
                    break;
                case "voice-speed": header = header with { VoiceSpeed = value }; break;
                case "voice-volume": header = header with { VoiceVolume = value }; break;
                case "canvas": header = header with { Canvas = value }; break;
                case "ducking":
                    header = header with { Ducking = value.ToLowerInvariant() switch { "on" or "true" or "yes" => true, "off" or "false" or "no" => false, _ => Invalid<bool?>(null, diagnostics, line, column, key, value, "on, off") } };
                    break;
                case "loudness":
                    if (value.Equals("off", StringComparison.OrdinalIgnoreCase)) header = header with { Loudness = double.NaN };
                    else if (Values.TryNumber(value.Replace("LUFS", "", StringComparison.OrdinalIgnoreCase), out var lufs) && lufs is >= -40 and <= -5) header = header with { Loudness = lufs };
                    else diagnostics.Error(DiagnosticCodes.InvalidValue, line, column, $"loudness '{value}' must be a target in LUFS from -40 to -5, e.g. -16, or off");
                    break;
                default:
                    if (!IgnoredKeys.Contains(key))
                        diagnostics.Warning(DiagnosticCodes.UnknownHeaderKey, line, (int)keyNode.Start.Column,
                            $"unknown header property '{key}' is ignored; {Suggest.DidYouMean(key, KnownKeys)}");
                    break;
            }
        }
        return header;
    }

    [GeneratedRegex(@"^(?<w>\d{1,6})\s*[xX×]\s*(?<h>\d{1,6})$")]
    private static partial Regex CustomSize();

    private static ScriptHeader ParseSize(string value, ScriptHeader header, DiagnosticBag diagnostics, int line, int column, Limits limits)
    {
        var match = CustomSize().Match(value);
        (int W, int H)? size = value.ToLowerInvariant() switch
        {
            "720p" => (1280, 720),
            "1080p" => (1920, 1080),
            "4k" or "2160p" => (3840, 2160),
            _ when match.Success && int.TryParse(match.Groups["w"].Value, out var w) && int.TryParse(match.Groups["h"].Value, out var h) => (w, h),
            _ => null,
        };
        if (size is var (width, height))
        {
            if (width >= 16 && width <= limits.MaxFrameSide && height >= 16 && height <= limits.MaxFrameSide && width % 2 == 0 && height % 2 == 0)
                return header with { Width = width, Height = height };
            diagnostics.Error(DiagnosticCodes.InvalidSize, line, column,
                $"size '{value}' is out of range; width and height must be even numbers from 16 to {limits.MaxFrameSide} (DocsVideoMaxFrameSide), e.g. 1280x720");
            return header;
        }
        diagnostics.Error(DiagnosticCodes.InvalidSize, line, column,
            $"unknown size '{value}'; write 720p, 1080p, 4k or WIDTHxHEIGHT such as 1080x1920");
        return header;
    }

    private static ScriptHeader ParseFps(string value, ScriptHeader header, DiagnosticBag diagnostics, int line, int column)
    {
        if (int.TryParse(value, out var fps) && fps is >= 1 and <= 60) return header with { Fps = fps };
        diagnostics.Error(DiagnosticCodes.InvalidValue, line, column, $"fps '{value}' must be a whole number from 1 to 60, e.g. 25");
        return header;
    }

    internal static T Invalid<T>(T fallback, DiagnosticBag diagnostics, int line, int column, string key, string value, string known)
    {
        diagnostics.Error(DiagnosticCodes.InvalidValue, line, column, $"'{value}' is not a valid {key}; {Suggest.DidYouMean(value, known.Split(", "))}");
        return fallback;
    }
}
