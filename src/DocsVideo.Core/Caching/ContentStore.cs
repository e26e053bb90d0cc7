namespace DocsVideo.Caching;

/// <summary>
/// A content-addressed folder: <c>root/kind/key.ext</c>. Entries are written under a temporary name in the same
/// folder and renamed into place, so a reader never sees a half-written file, even if the writer is killed.
/// </summary>
public sealed class ContentStore(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string PathFor(string kind, string key, string extension) => Path.Combine(Root, kind, key + extension);

    public bool Contains(string kind, string key, string extension)
    {
        var path = PathFor(kind, key, extension);
        if (!File.Exists(path)) return false;
        // Touch on use, so that eviction can drop the least recently used entries first.
        try { File.SetLastWriteTimeUtc(path, DateTime.UtcNow); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return true;
    }

    /// <summary>A fresh temporary path next to the entry; pass it to <see cref="Commit"/> once it is complete.</summary>
    public string TempFor(string kind, string key, string extension)
    {
        var folder = Path.Combine(Root, kind);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $".{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp{extension}");
    }

    public string Commit(string tempPath, string kind, string key, string extension)
    {
        var path = PathFor(kind, key, extension);
        File.Move(tempPath, path, overwrite: true);
        return path;
    }
}
