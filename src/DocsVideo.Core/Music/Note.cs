namespace DocsVideo.Music;

public enum Instrument { Pluck, ElectricPiano, Pad, Bass, Lead, Bell, Kick, Snare, HiHat, Shaker }

/// <summary>One note of an arrangement: when (in beats), how long, which pitch (MIDI), how loud and where (pan -1..1).</summary>
public readonly record struct Note(double Beat, double Beats, int Pitch, Instrument Instrument, double Velocity, double Pan = 0);
