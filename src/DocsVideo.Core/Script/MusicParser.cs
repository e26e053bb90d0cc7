using YamlDotNet.RepresentationModel;

namespace DocsVideo.Script;

/// <summary>The header's <c>background</c>: <c>SOURCE [VOLUME] [fade-in] [fade-out]</c> or the map form (BGM-*).</summary>
public static class MusicParser
{
    public static readonly string[] BuiltInTracks = ["corporate-1", "ukulele-1", "ukulele-2", "uplifting-1", "uplifting-2"];
    private static readonly string[] AudioExtensions = [".wav", ".mp3", ".m4a", ".aac", ".ogg", ".flac"];

    public static MusicSpec? Parse(YamlNode node, DiagnosticBag diagnostics, int line, int column)
    {
        if (node is YamlMappingNode map)
        {
            string? source = null; var volume = "1"; bool fadeIn = false, fadeOut = false;
            foreach (var (k, v) in map.Children)
            {
                var value = Yaml.Scalar(v)?.Trim() ?? "";
                switch (Yaml.Scalar(k)?.Trim().ToLowerInvariant())
                {
                    case "file" or "audio" or "track" or "vendor": source = value; break;
                    case "volume": volume = value; break;
                    case "fade-in": fadeIn = IsTrue(value); break;
                    case "fade-out": fadeOut = IsTrue(value); break;
                }
            }
            if (source == null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, line, column, "background map needs 'file' or 'track', e.g. '{track: corporate-1, volume: 0.5}'");
                return null;
            }
            return Build(source, volume, fadeIn, fadeOut, diagnostics, line, column);
        }
        var words = (Yaml.Scalar(node) ?? "").Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0) return null;
        var fadeInFlag = words.Remove("fade-in");
        var fadeOutFlag = words.Remove("fade-out");
        // File names may contain spaces: the volume, if any, is the last word left.
        var volumeText = words.Count > 1 && Values.TryNumber(words[^1], out _) ? words[^1] : "1";
        if (words.Count > 1 && volumeText == words[^1]) words.RemoveAt(words.Count - 1);
        return Build(string.Join(' ', words), volumeText, fadeInFlag, fadeOutFlag, diagnostics, line, column);
    }

    private static MusicSpec? Build(string source, string volumeText, bool fadeIn, bool fadeOut, DiagnosticBag diagnostics, int line, int column)
    {
        if (!Values.TryNumber(volumeText, out var volume) || volume < 0 || volume > 10)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, line, column, $"background volume '{volumeText}' must be a number from 0 to 10 (1 = original)");
            return null;
        }
        var builtIn = BuiltInTracks.Contains(source.ToLowerInvariant());
        if (!builtIn && !AudioExtensions.Contains(Path.GetExtension(source).ToLowerInvariant()))
        {
            diagnostics.Error(DiagnosticCodes.UnknownMusic, line, column,
                $"background '{source}' is neither a built-in track nor an audio file (.wav, .mp3, .m4a); {Suggest.DidYouMean(source, BuiltInTracks)}");
            return null;
        }
        return new MusicSpec(builtIn ? source.ToLowerInvariant() : source, builtIn, volume, fadeIn, fadeOut, line, column);
    }

    private static bool IsTrue(string value) => value is "" or "true" or "yes" or "on" or "1";
}
