namespace DocsVideo.Caching;

/// <summary>
/// Keeps the cache within a size bound: entries (all files of one key) are dropped least recently used first,
/// since <see cref="ContentStore.Contains"/> touches what it serves. Leftovers of killed runs (temporary files and
/// work folders older than an hour) go too.
/// </summary>
public static class CachePruner
{
    public sealed record Result(int EntriesRemoved, long BytesBefore, long BytesAfter);

    private static readonly TimeSpan Abandoned = TimeSpan.FromHours(1);

    public static Result Prune(string root, long maxBytes)
    {
        if (!Directory.Exists(root)) return new Result(0, 0, 0);
        var now = DateTime.UtcNow;
        foreach (var file in Directory.EnumerateFiles(root, ".*.tmp*", SearchOption.AllDirectories).ToList())
            if (now - File.GetLastWriteTimeUtc(file) > Abandoned) TryDelete(file);
        var work = Path.Combine(root, "work");
        if (Directory.Exists(work))
            foreach (var folder in Directory.EnumerateDirectories(work).Where(f => now - Directory.GetLastWriteTimeUtc(f) > Abandoned).ToList())
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }

        // An entry is every file of one key in one kind: a segment's body, head and last frame go together.
        var entries = Directory.EnumerateDirectories(root).Where(d => Path.GetFileName(d) != "work")
            .SelectMany(kind => Directory.EnumerateFiles(kind).Where(f => !Path.GetFileName(f).StartsWith('.')).Select(f => new FileInfo(f)))
            .GroupBy(f => (f.DirectoryName, Key: f.Name.Split('.')[0]))
            .Select(g => (Files: g.ToList(), Bytes: g.Sum(f => f.Length), Used: g.Max(f => f.LastWriteTimeUtc)))
            .OrderBy(e => e.Used).ToList();
        var before = entries.Sum(e => e.Bytes);
        var total = before;
        var removed = 0;
        foreach (var entry in entries)
        {
            if (total <= maxBytes) break;
            foreach (var file in entry.Files) TryDelete(file.FullName);
            total -= entry.Bytes;
            removed++;
        }
        return new Result(removed, before, total);
    }

    /// <summary>Sizes such as 500MB, 2GB or a plain number of bytes.</summary>
    public static long ParseSize(string text)
    {
        text = text.Trim().ToUpperInvariant().TrimEnd('B');
        var multiplier = text.EndsWith('K') ? 1L << 10 : text.EndsWith('M') ? 1L << 20 : text.EndsWith('G') ? 1L << 30 : text.EndsWith('T') ? 1L << 40 : 1;
        var number = multiplier == 1 ? text : text[..^1];
        return double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0
            ? (long)(value * multiplier)
            : throw new FormatException($"'{text}' is not a size; write e.g. 500MB or 2GB");
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
