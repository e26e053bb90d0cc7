namespace DocsVideo.Timeline;

/// <summary>
/// Splits a long paragraph's cue into readable cues of about <c>break</c> characters (SUB-03, SUB-04): between
/// words, preferring sentence ends, and between characters in CJK text. Each piece gets a share of the paragraph's
/// time in proportion to its length, which is how long the voice takes to say it.
/// </summary>
public static class CueSplitter
{
    /// <summary>
    /// [OURS] Burned-in cues without a <c>break</c> hold at most two lines of 42 characters (broadcast practice). Each
    /// piece is shown for as long as the voice takes to say it, so the reading speed is the narration's own.
    /// </summary>
    public const int OverlayBreak = 84;

    public static IEnumerable<SubtitleCue> Split(SubtitleCue cue, int? maxChars)
    {
        if (maxChars is not { } limit || cue.Text.Length <= limit) return [cue];
        var pieces = new List<string>();
        var current = "";
        foreach (var word in Words(cue.Text))
        {
            if (current.Length > 0 && (current + word).TrimEnd().Length > limit)
            {
                pieces.Add(current.Trim());
                current = "";
            }
            current += word;
            // A sentence end past half the limit is a good place to stop.
            if (current.Length >= limit / 2 && current.TrimEnd().Length > 0 && ".!?。！？".Contains(current.TrimEnd()[^1]))
            {
                pieces.Add(current.Trim());
                current = "";
            }
        }
        if (current.Trim().Length > 0) pieces.Add(current.Trim());
        var total = pieces.Sum(p => p.Length);
        var at = cue.Start;
        var result = new List<SubtitleCue>();
        foreach (var piece in pieces)
        {
            var end = at + (cue.End - cue.Start) * piece.Length / total;
            result.Add(new SubtitleCue(at, end, piece));
            at = end;
        }
        return result;
    }

    /// <summary>Words with their trailing space; each CJK character is a word of its own.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new System.Text.StringBuilder();
        foreach (var c in text.Replace('\n', ' '))
        {
            word.Append(c);
            if (c == ' ' || c >= '\u2E80') { yield return word.ToString(); word.Clear(); }
        }
        if (word.Length > 0) yield return word.ToString();
    }
}
