namespace DocsVideo.Script;

/// <summary>One element of a scene, in the order the writer put it (order matters for narration, SCN-08).</summary>
public abstract record SceneElement(int Line, int Column);

/// <summary>A narration paragraph: <see cref="Display"/> for subtitles, <see cref="Spoken"/> for the speech engine.</summary>
public sealed record Narration(int Line, int Column, string Display, string Spoken, bool IsSsml) : SceneElement(Line, Column);

/// <summary><c>(pause: N)</c>: N seconds of silence at this point of the narration (DIR-10).</summary>
public sealed record Pause(int Line, int Column, double Seconds) : SceneElement(Line, Column);

/// <summary><c>(pause-until: T)</c>: hold the narration until T seconds after the scene start (DIR-11).</summary>
public sealed record PauseUntil(int Line, int Column, double Seconds) : SceneElement(Line, Column);

/// <summary><c>(voice: Name)</c> and the <c>voice-*</c> settings: they change the narration after them (DIR-13..16).</summary>
public sealed record VoiceChange(int Line, int Column, string Setting, string Value) : SceneElement(Line, Column);

/// <summary>An image or video shown in the scene (AST-*, IMG-*, VID-*).</summary>
public sealed record VisualAsset(int Line, int Column, string Path, AssetOptions Options) : SceneElement(Line, Column);

/// <summary><c>(audio: file)</c>: the writer's own sound, played before the narration (DIR-21).</summary>
public sealed record AudioClip(int Line, int Column, string Path) : SceneElement(Line, Column);

/// <summary>A fenced code block shown on screen (TXT-01..04). FontSize is the scene's last <c>(font-size:)</c> before it.</summary>
public sealed record TextSlide(int Line, int Column, string Language, string Text, int? FontSize) : SceneElement(Line, Column);

/// <summary>A <c>&gt;</c> block: the scene's own subtitle text; empty removes the scene's subtitles (SUB-05).</summary>
public sealed record Caption(int Line, int Column, string Text) : SceneElement(Line, Column);

/// <summary><c>(callout: ...)</c>: a highlighted circle or rectangle in original asset pixels (DIR-24).</summary>
public sealed record Callout(int Line, int Column, CalloutShape Shape, double X1, double Y1, double X2, double Y2, double Alpha, bool Mask)
    : SceneElement(Line, Column);

public enum CalloutShape { Circle, Rectangle }
