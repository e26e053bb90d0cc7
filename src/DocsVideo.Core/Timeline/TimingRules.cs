namespace DocsVideo.Timeline;

/// <summary>The measured timing of the originals (spec TIM-02), in seconds.</summary>
public static class TimingRules
{
    /// <summary>Silence before the first narration of a scene.</summary>
    public const double LeadIn = 0.1;
    /// <summary>Silence between two paragraphs of one scene.</summary>
    public const double ParagraphGap = 0.2;
    /// <summary>Silence after a scene's last narration; with the next lead-in it makes the ~0.7 s between scenes.</summary>
    public const double Tail = 0.6;
    /// <summary>Length of a scene with nothing that sets one (SCN-09).</summary>
    public const double DefaultScene = 1.0;
}
