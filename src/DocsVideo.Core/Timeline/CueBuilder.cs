namespace DocsVideo.Timeline;

/// <summary>A scene's subtitle cues from its voiced paragraphs and its &gt; captions.</summary>
public static class CueBuilder
{
    /// <summary>
    /// One cue per paragraph (SUB-04) when the header asks for subtitles (SUB-01); captions replace them from where
    /// they stand, each covering the paragraphs up to the next caption (SUB-05, SUB-07), with or without the header (SUB-06).
    /// </summary>
    public static List<SubtitleCue> Of(List<PlacedSpeech> speech, List<(int Index, string Text)> captions, double sceneStart, double seconds, bool fromNarration)
    {
        var cues = new List<SubtitleCue>();
        var firstCaptioned = captions.Count > 0 ? captions[0].Index : speech.Count;
        if (fromNarration)
            cues.AddRange(speech.Take(firstCaptioned).Select(s => new SubtitleCue(sceneStart + s.Start, sceneStart + s.Start + s.Seconds, s.Text)));
        for (var i = 0; i < captions.Count; i++)
        {
            var (index, text) = captions[i];
            if (text.Length == 0) continue;
            var until = i + 1 < captions.Count ? captions[i + 1].Index : speech.Count;
            var covered = speech.Skip(index).Take(until - index).ToList();
            var start = covered.Count > 0 ? covered[0].Start : 0;
            var end = covered.Count > 0 ? covered[^1].Start + covered[^1].Seconds : seconds;
            cues.Add(new SubtitleCue(sceneStart + start, sceneStart + end, text));
        }
        return cues;
    }
}
