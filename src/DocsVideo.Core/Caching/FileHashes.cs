using System.Collections.Concurrent;

namespace DocsVideo.Caching;

/// <summary>Hashes each asset file once per run, however many scenes use it.</summary>
public sealed class FileHashes
{
    private readonly ConcurrentDictionary<string, string> _hashes = new();

    public string Of(string path) => _hashes.GetOrAdd(Path.GetFullPath(path), Hash.OfFile);

    public IReadOnlyCollection<string> Files => _hashes.Keys.ToList();
}
