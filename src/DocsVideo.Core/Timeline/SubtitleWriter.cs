using System.Globalization;
using System.Text;

namespace DocsVideo.Timeline;

/// <summary>Standard SRT and WebVTT files from cues (SUB-09 [OURS]: one space before the arrow, full timestamps).</summary>
public static class SubtitleWriter
{
    public static string Srt(IEnumerable<SubtitleCue> cues)
    {
        var text = new StringBuilder();
        var number = 1;
        foreach (var cue in cues)
            text.Append(number++).Append('\n').Append(Time(cue.Start, ',')).Append(" --> ").Append(Time(cue.End, ',')).Append('\n')
                .Append(cue.Text.Trim()).Append("\n\n");
        return text.ToString();
    }

    public static string Vtt(IEnumerable<SubtitleCue> cues)
    {
        var text = new StringBuilder("WEBVTT\n\n");
        foreach (var cue in cues)
            text.Append(Time(cue.Start, '.')).Append(" --> ").Append(Time(cue.End, '.')).Append('\n').Append(cue.Text.Trim()).Append("\n\n");
        return text.ToString();
    }

    private static string Time(double seconds, char separator)
    {
        var t = TimeSpan.FromMilliseconds(Math.Round(Math.Max(0, seconds) * 1000));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}{separator}{t.Milliseconds:000}");
    }
}
