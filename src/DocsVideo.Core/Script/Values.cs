using System.Globalization;
using System.Text.RegularExpressions;

namespace DocsVideo.Script;

/// <summary>Parsing of the small value syntaxes the format uses: numbers, clock times, segments.</summary>
public static partial class Values
{
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>Seconds written as <c>SS</c>, <c>SS.s</c>, <c>M:SS</c>, <c>MM:SS.s</c> or <c>H:MM:SS</c>.</summary>
    public static bool TryClock(string text, out double seconds)
    {
        seconds = 0;
        var parts = text.Trim().Split(':');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0)) return false;
        foreach (var part in parts)
        {
            if (!TryNumber(part, out var n) || n < 0 || part.Contains('e', StringComparison.OrdinalIgnoreCase)) return false;
            seconds = seconds * 60 + n;
        }
        return true;
    }

    [GeneratedRegex(@"^\s*(?<a>[\d:.]+)\s*-\s*(?<b>[\d:.]+)\s*$")]
    private static partial Regex SegmentPattern();

    /// <summary>A segment <c>A-B</c> (AST-14). Returns false when the text is not a segment at all.</summary>
    public static bool TrySegment(string text, out double start, out double end)
    {
        start = end = 0;
        var match = SegmentPattern().Match(text);
        return match.Success && TryClock(match.Groups["a"].Value, out start) && TryClock(match.Groups["b"].Value, out end);
    }

    public static string Format(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);
}
