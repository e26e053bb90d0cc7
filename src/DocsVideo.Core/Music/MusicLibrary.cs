using DocsVideo.Caching;

namespace DocsVideo.Music;

/// <summary>Built-in tracks as cached WAV files, made on first use. The synth version is in the key.</summary>
public sealed class MusicLibrary(ContentStore store)
{
    /// <summary>Bump when the instruments or arrangements change, so cached tracks are made again.</summary>
    private const string SynthVersion = "music-3";

    public string PathFor(string name)
    {
        var key = Hash.Of(SynthVersion, name);
        if (store.Contains("music", key, ".wav")) return store.PathFor("music", key, ".wav");
        var temp = store.TempFor("music", key, ".wav");
        MusicSynth.WriteWav(BuiltInTracks.Get(name), temp);
        return store.Commit(temp, "music", key, ".wav");
    }
}
