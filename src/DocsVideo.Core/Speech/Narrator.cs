using DocsVideo.Caching;
using DocsVideo.Media;

namespace DocsVideo.Speech;

/// <summary>A voiced paragraph: a 48 kHz mono WAV trimmed to the speech itself, so cue times follow the voice (SUB-08).</summary>
public sealed record SpokenClip(string WavPath, int Samples)
{
    public const int SampleRate = 48000;
    public double Seconds => (double)Samples / SampleRate;
}

/// <summary>Voices paragraphs through the engine the voice names, once per distinct request (the audio cache).</summary>
public sealed class Narrator(ContentStore store, IReadOnlyDictionary<string, ISpeechEngine> engines)
{
    private const string Kind = "speech";

    public async Task<SpokenClip> SpeakAsync(SpeechRequest request, CancellationToken cancel)
    {
        if (!engines.TryGetValue(request.Voice.Engine, out var engine))
            throw new SpeechException($"no speech engine '{request.Voice.Engine}'; use one of {string.Join(", ", engines.Keys)}");
        var key = request.CacheKey(engine.Version);
        if (!store.Contains(Kind, key, ".wav"))
        {
            var raw = store.TempFor(Kind, key, ".raw.wav");
            var clip = store.TempFor(Kind, key, ".wav");
            try
            {
                await engine.SynthesizeAsync(request, raw, cancel);
                await ClipMaker.MakeAsync(raw, clip, cancel);
                store.Commit(clip, Kind, key, ".wav");
            }
            finally
            {
                File.Delete(raw);
                File.Delete(clip);
            }
        }
        var path = store.PathFor(Kind, key, ".wav");
        var samples = WavFile.ReadMono16(path, out _).Length;
        return new SpokenClip(path, samples);
    }
}
