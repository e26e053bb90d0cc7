using System.Text.RegularExpressions;

namespace DocsVideo.Script;

/// <summary>Code fences (``` or ~~~, three or more) as CommonMark defines them, for slides and for SCN-04.</summary>
public static partial class Fences
{
    [GeneratedRegex(@"^ {0,3}(?<f>`{3,}|~{3,})\s*(?<info>[^`]*?)\s*$")]
    private static partial Regex OpeningPattern();

    /// <summary>The fence marker if the line opens a fence, else null.</summary>
    public static string? Opening(string line)
    {
        var match = OpeningPattern().Match(line);
        return match.Success ? match.Groups["f"].Value : null;
    }

    public static string Language(string line) =>
        OpeningPattern().Match(line).Groups["info"].Value.Split(' ', 2)[0].Trim().ToLowerInvariant();

    public static bool Closes(string line, string fence)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]) && line.Length - line.TrimStart().Length <= 3;
    }
}
