namespace DocsVideo.Script;

/// <summary>"Did you mean ...?" hints: the known word closest to a misspelt one.</summary>
public static class Suggest
{
    public static string DidYouMean(string given, IEnumerable<string> known)
    {
        var list = known.ToList();
        var best = list.Select(k => (k, d: Distance(given.ToLowerInvariant(), k))).OrderBy(p => p.d).FirstOrDefault();
        var hint = best.k != null && best.d <= Math.Max(2, given.Length / 3) ? $"did you mean '{best.k}'? " : "";
        return $"{hint}Known: {string.Join(", ", list)}";
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
