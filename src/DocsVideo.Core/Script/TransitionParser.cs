using YamlDotNet.RepresentationModel;

namespace DocsVideo.Script;

/// <summary>Transitions: <c>TYPE DURATION</c>, <c>DURATION</c> alone, <c>none</c>, or a map (TRN-02..06).</summary>
public static class TransitionParser
{
    /// <summary>Every type a script may name, with the ffmpeg xfade effect that draws it (TRN-06).</summary>
    public static readonly IReadOnlyDictionary<string, string> Effects = new Dictionary<string, string>
    {
        ["crossfade"] = "fade", ["wipe"] = "wiperight", ["wipe-right"] = "wiperight", ["wipe-left"] = "wipeleft",
        ["wipe-up"] = "wipeup", ["wipe-down"] = "wipedown", ["slide-right"] = "slideright", ["slide-left"] = "slideleft",
        ["slide-up"] = "slideup", ["slide-down"] = "slidedown", ["fade-right"] = "smoothright", ["fade-left"] = "smoothleft",
        ["fade-up"] = "smoothup", ["fade-down"] = "smoothdown", ["fade-circle"] = "circleopen", ["circle"] = "circlecrop",
        ["rect"] = "rectcrop", ["slice-right"] = "hrslice", ["slice-left"] = "hlslice", ["slice-up"] = "vuslice",
        ["slice-down"] = "vdslice", ["dissolve"] = "dissolve", ["pixelize"] = "pixelize", ["radial"] = "radial",
        // revealleft needs ffmpeg 7; wipeleft looks the same apart from the old picture staying put.
        ["reveal"] = "wipeleft",
    };

    private const double DefaultDuration = 0.5;

    public static TransitionSpec? Parse(YamlNode node, DiagnosticBag diagnostics, int line, int column)
    {
        if (node is YamlMappingNode map)
        {
            string type = "crossfade", duration = Values.Format(DefaultDuration);
            foreach (var (k, v) in map.Children)
            {
                var key = Yaml.Scalar(k)?.Trim().ToLowerInvariant();
                if (key == "type") type = Yaml.Scalar(v)?.Trim() ?? type;
                else if (key == "duration") duration = Yaml.Scalar(v)?.Trim() ?? duration;
            }
            return Build(type, duration, diagnostics, line, column);
        }
        return Parse(Yaml.Scalar(node) ?? "", diagnostics, line, column);
    }

    public static TransitionSpec? Parse(string text, DiagnosticBag diagnostics, int line, int column)
    {
        var words = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || (words.Length == 1 && words[0].Equals("none", StringComparison.OrdinalIgnoreCase)))
            return TransitionSpec.None;
        if (words.Length == 1 && Values.TryNumber(words[0], out _)) return Build("crossfade", words[0], diagnostics, line, column);
        if (words.Length > 2)
        {
            diagnostics.Error(DiagnosticCodes.UnknownTransition, line, column,
                $"transition '{text}' has too many words; write 'TYPE SECONDS', e.g. 'crossfade 0.5', or 'none'");
            return null;
        }
        return Build(words[0], words.Length == 2 ? words[1] : Values.Format(DefaultDuration), diagnostics, line, column);
    }

    private static TransitionSpec? Build(string type, string durationText, DiagnosticBag diagnostics, int line, int column)
    {
        type = type.ToLowerInvariant();
        if (type == "none") return TransitionSpec.None;
        if (!Effects.ContainsKey(type))
        {
            diagnostics.Error(DiagnosticCodes.UnknownTransition, line, column,
                $"unknown transition '{type}'; {Suggest.DidYouMean(type, Effects.Keys.Append("none"))}");
            return null;
        }
        if (!Values.TryNumber(durationText, out var duration) || duration < Limits.MinTransitionSeconds || duration > Limits.MaxTransitionSeconds)
        {
            diagnostics.Error(DiagnosticCodes.TransitionDuration, line, column,
                $"transition duration '{durationText}' must be a number of seconds from {Limits.MinTransitionSeconds} to {Limits.MaxTransitionSeconds}, e.g. '{type} 0.5'");
            return null;
        }
        return new TransitionSpec(type, duration);
    }
}
