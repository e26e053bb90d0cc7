namespace DocsVideo.Speech;

/// <summary>A text-to-speech back-end: writes the spoken paragraph as a WAV file.</summary>
public interface ISpeechEngine
{
    /// <summary>The name voices refer to in the voice table, e.g. "espeak".</summary>
    string Name { get; }

    /// <summary>Identifies the engine's build; part of the audio cache key so an upgrade re-voices.</summary>
    string Version { get; }

    Task SynthesizeAsync(SpeechRequest request, string wavPath, CancellationToken cancel);
}
