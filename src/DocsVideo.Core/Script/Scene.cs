namespace DocsVideo.Script;

/// <summary>One scene: the lines between two separators and the elements found in them.</summary>
public sealed class Scene
{
    public required int Number { get; init; }
    public required int StartLine { get; init; }
    public required int EndLine { get; init; }
    public required IReadOnlyList<SceneElement> Elements { get; init; }
    /// <summary>The scene's own settings from its stage directions; null falls back to the header.</summary>
    public TransitionSpec? Transition { get; init; }
    public string? Theme { get; init; }
    public string? Canvas { get; init; }
    public double? Duration { get; init; }
    public bool Fragment { get; init; }

    public IEnumerable<T> All<T>() where T : SceneElement => Elements.OfType<T>();
}
