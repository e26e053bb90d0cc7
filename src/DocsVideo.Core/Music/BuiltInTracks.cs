namespace DocsVideo.Music;

/// <summary>
/// The five built-in background tracks scripts name (BGM-03), composed here as code. Each is a chord progression
/// with a rhythm section, and a melody where the name suggests one; each loops seamlessly.
/// </summary>
public static class BuiltInTracks
{
    public static IReadOnlyList<string> Names => ["corporate-1", "ukulele-1", "ukulele-2", "uplifting-1", "uplifting-2"];

    public static Arrangement Get(string name) => name switch
    {
        "corporate-1" => Corporate(),
        "ukulele-1" => Ukulele(withMelody: true),
        "ukulele-2" => Ukulele(withMelody: false),
        "uplifting-1" => Uplifting(dynamic: false),
        "uplifting-2" => Uplifting(dynamic: true),
        _ => throw new ArgumentException($"no built-in track '{name}'", nameof(name)),
    };

    // Chords as MIDI notes: root position triads and sevenths around middle C.
    private static int[] Major(int root) => [root, root + 4, root + 7];
    private static int[] Minor(int root) => [root, root + 3, root + 7];
    private static int[] Add9(int[] chord) => [.. chord, chord[0] + 14];

    private const int C = 60, D = 62, E = 64, F = 65, G = 67, A = 69, Bb = 70, B = 71;

    /// <summary>Business-like: I–V–vi–IV in C, electric piano in eighths, steady soft drums, a bell melody on the repeat.</summary>
    private static Arrangement Corporate()
    {
        int[][] chords = [Add9(Major(C)), Major(G - 12), Minor(A - 12), Major(F - 12)];
        var notes = new List<Note>();
        for (var bar = 0; bar < 8; bar++)
        {
            var chord = chords[bar % 4];
            double start = bar * 4;
            for (var eighth = 0; eighth < 8; eighth++)
            {
                var pitch = chord[eighth % chord.Length];
                notes.Add(new Note(start + eighth * 0.5, 0.45, pitch, Instrument.ElectricPiano, eighth % 2 == 0 ? 0.30 : 0.22, eighth % 2 == 0 ? -0.3 : 0.3));
            }
            notes.Add(new Note(start, 3.9, chord[0] - 12, Instrument.Pad, 0.10));
            for (var beat = 0; beat < 4; beat++)
            {
                notes.Add(new Note(start + beat, 0.9, chord[0] - 24, Instrument.Bass, 0.24));
                if (beat % 2 == 0) notes.Add(new Note(start + beat, 0.5, 36, Instrument.Kick, 0.4));
                else notes.Add(new Note(start + beat, 0.3, 38, Instrument.Snare, 0.2));
                notes.Add(new Note(start + beat + 0.5, 0.1, 42, Instrument.HiHat, 0.3, 0.4));
            }
        }
        // The melody answers the second pass of the progression.
        int[] melody = [E + 12, D + 12, C + 12, D + 12, E + 12, G + 12, E + 12, D + 12, C + 12, A, C + 12, D + 12, C + 12, A, G, A];
        for (var i = 0; i < melody.Length; i++) notes.Add(new Note(16 + i, 0.8, melody[i], Instrument.Bell, 0.16, 0.1));
        return new Arrangement("corporate-1", 100, 8, notes);
    }

    /// <summary>Easy listening: F–C–Dm–Bb strummed on a plucked string with the island strum; ukulele-1 adds a whistled tune.</summary>
    private static Arrangement Ukulele(bool withMelody)
    {
        int[][] chords = withMelody ? [Major(F), Major(C), Minor(D), Major(Bb - 12)] : [Major(G - 12), Minor(E - 12), Major(C), Major(D)];
        // Down, down-up, up-down-up: the strum most ukulele songs use, in eighths.
        double[] strum = [0, 1, 1.5, 2.5, 3, 3.5];
        var notes = new List<Note>();
        for (var bar = 0; bar < 8; bar++)
        {
            var chord = chords[bar % 4];
            double start = bar * 4;
            foreach (var hit in strum)
            {
                var up = hit % 1 != 0;
                for (var s = 0; s < chord.Length + 1; s++)
                {
                    var pitch = s < chord.Length ? chord[s] : chord[0] + 12;
                    // A strum sweeps across the strings: a few milliseconds between them, the other way going up.
                    var offset = (up ? chord.Length - s : s) * 0.025;
                    notes.Add(new Note(start + hit + offset, 0.4, pitch, Instrument.Pluck, up ? 0.18 : 0.26, s * 0.15 - 0.2));
                }
            }
            notes.Add(new Note(start, 1.8, chord[0] - 24, Instrument.Bass, 0.22));
            notes.Add(new Note(start + 2, 1.8, chord[0] - 17, Instrument.Bass, 0.2));
            for (var eighth = 0; eighth < 8; eighth++)
                notes.Add(new Note(start + eighth * 0.5, 0.1, 70, Instrument.Shaker, eighth % 2 == 0 ? 0.12 : 0.2, 0.5));
        }
        if (withMelody)
        {
            (double Beat, double Len, int Pitch)[] tune =
            [
                (0, 1, A + 12), (1, 0.5, G + 12), (1.5, 1.5, F + 12), (4, 1, E + 12), (5, 1, G + 12), (6, 2, C + 12),
                (8, 1, F + 12), (9, 1, A + 12), (10, 2, D + 12 + 12), (12, 1, D + 12), (13, 1, F + 12), (14, 2, Bb),
            ];
            foreach (var pass in new[] { 0, 16 })
                foreach (var (beat, len, pitch) in tune)
                    notes.Add(new Note(pass + beat, len * 0.9, pitch, Instrument.Lead, 0.13, 0.2));
        }
        return new Arrangement(withMelody ? "ukulele-1" : "ukulele-2", withMelody ? 112 : 104, 8, notes);
    }

    /// <summary>Uplifting electronic: Am–F–C–G, pads, a sixteenth arpeggio, four-on-the-floor; uplifting-2 pushes harder.</summary>
    private static Arrangement Uplifting(bool dynamic)
    {
        int[][] chords = [Minor(A - 12), Major(F - 12), Major(C), Major(G - 12)];
        var notes = new List<Note>();
        for (var bar = 0; bar < 8; bar++)
        {
            var chord = chords[bar % 4];
            double start = bar * 4;
            notes.Add(new Note(start, 3.9, chord[0], Instrument.Pad, 0.10));
            notes.Add(new Note(start, 3.9, chord[1], Instrument.Pad, 0.08));
            notes.Add(new Note(start, 3.9, chord[2], Instrument.Pad, 0.08));
            for (var sixteenth = 0; sixteenth < 16; sixteenth++)
            {
                int[] pattern = [0, 1, 2, 3, 2, 1];
                var step = pattern[sixteenth % pattern.Length];
                var pitch = step < 3 ? chord[step] + 12 : chord[0] + 24;
                notes.Add(new Note(start + sixteenth * 0.25, 0.2, pitch, Instrument.Lead, 0.09, sixteenth % 2 == 0 ? -0.4 : 0.4));
            }
            for (var beat = 0; beat < 4; beat++)
            {
                notes.Add(new Note(start + beat, 0.4, 36, Instrument.Kick, 0.45));
                notes.Add(new Note(start + beat + 0.5, 0.4, chord[0] - 24, Instrument.Bass, dynamic ? 0.28 : 0.22));
                notes.Add(new Note(start + beat + 0.5, 0.1, 42, Instrument.HiHat, 0.3, 0.3));
                if (beat % 2 == 1) notes.Add(new Note(start + beat, 0.3, 38, Instrument.Snare, dynamic ? 0.26 : 0.18));
            }
            if (dynamic && bar % 4 == 3)
                for (var roll = 0; roll < 4; roll++) notes.Add(new Note(start + 3 + roll * 0.25, 0.2, 38, Instrument.Snare, 0.12 + roll * 0.04));
        }
        int[] melody = dynamic ? [E + 12, E + 12, D + 12, C + 12, E + 12, G + 12, A + 12, G + 12] : [C + 12, B, A, G, A, C + 12, E + 12, D + 12];
        for (var i = 0; i < 16; i++) notes.Add(new Note(16 + i, 0.9, melody[i % melody.Length], Instrument.Bell, 0.13));
        return new Arrangement(dynamic ? "uplifting-2" : "uplifting-1", dynamic ? 128 : 120, 8, notes);
    }
}
