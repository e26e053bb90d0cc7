namespace DocsVideo.Music;

/// <summary>A looping piece: tempo, length in bars (4/4), and its notes.</summary>
public sealed record Arrangement(string Name, double Bpm, int Bars, IReadOnlyList<Note> Notes)
{
    public double SecondsPerBeat => 60 / Bpm;
    public double Seconds => Bars * 4 * SecondsPerBeat;
}
