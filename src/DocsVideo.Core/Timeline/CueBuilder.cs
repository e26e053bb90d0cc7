namespace DocsVideo.Timeline;

/// <summary>A scene's subtitle cues from its voiced paragraphs and its &gt; captions.</summary>
public static class CueBuilder
{
    /// <summary>One cue per paragraph (SUB-04); captions replace them from where they stand (SUB-05, SUB-07).</summary>
    public static List<SubtitleCue> Of(List<PlacedSpeech> speech, List<(int Index, string Text)> captions, double sceneStart, double seconds)
    {
        if (captions.Count == 0)
            return speech.Select(s => new SubtitleCue(sceneStart + s.Start, sceneStart + s.Start + s.Seconds, s.Text)).ToList();
        var cues = new List<SubtitleCue>();
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
