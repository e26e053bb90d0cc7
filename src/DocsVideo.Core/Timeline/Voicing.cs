using DocsVideo.Script;
using DocsVideo.Speech;

namespace DocsVideo.Timeline;

/// <summary>
/// Voices paragraphs as the planner finds them, a few at a time, while it goes on drafting scenes and waiting for
/// probes: speech and probing overlap instead of one starting when the other ends. Each distinct paragraph once.
/// </summary>
internal sealed class Voicing(Narrator narrator, CancellationToken cancel)
{
    private readonly SemaphoreSlim _gate = new(Environment.ProcessorCount);
    private readonly List<(SpeechRequest Request, SceneElement Element, Task<(SpokenClip? Clip, string? Error)> Result)> _started = [];
    private readonly HashSet<SpeechRequest> _requested = [];

    public void Start(SpeechRequest request, SceneElement element)
    {
        if (_requested.Add(request)) _started.Add((request, element, SpeakAsync(request)));
    }

    /// <summary>Every clip, or null when a paragraph could not be voiced (each such paragraph is an error at its line).</summary>
    public async Task<Dictionary<SpeechRequest, SpokenClip>?> FinishAsync(DiagnosticBag diagnostics)
    {
        var clips = new Dictionary<SpeechRequest, SpokenClip>();
        foreach (var (request, element, result) in _started)
        {
            var (clip, error) = await result;
            if (clip != null) clips[request] = clip;
            else diagnostics.Error(DiagnosticCodes.SpeechFailed, element.Line, element.Column,
                $"this paragraph could not be voiced with {request.Voice.Engine} voice '{request.Voice.Name}': {error}");
        }
        return clips.Count == _started.Count ? clips : null;
    }

    /// <summary>
    /// Waits for whatever is still being voiced, when the plan ends early: nothing may run on past it. Failures are not
    /// its business: <see cref="FinishAsync"/> reports them, or the plan has already failed.
    /// </summary>
    public async Task DrainAsync()
    {
        foreach (var (_, _, result) in _started)
            try { await result; }
            catch (Exception) { }
    }

    private async Task<(SpokenClip? Clip, string? Error)> SpeakAsync(SpeechRequest request)
    {
        await _gate.WaitAsync(cancel);
        try { return (await narrator.SpeakAsync(request, cancel), null); }
        catch (Exception e) when (e is SpeechException or Tools.ToolFailedException) { return (null, e.Message); }
        finally { _gate.Release(); }
    }
}
