using System.Diagnostics;
using System.Security.Cryptography;

namespace DocsVideo.Core.Tests;

/// <summary>
/// Bounded-time mutation fuzzing. Each fuzzer mutates its seeds for a time budget (DOCSVIDEO_FUZZ_SECONDS overrides
/// it, DOCSVIDEO_FUZZ_SEED picks another random sequence). An input that breaks the target is saved as
/// <c>tests/DocsVideo.Core.Tests/Fuzz/KIND/crash-HASH.EXT</c>: commit it, and it runs as a regression input from then on.
/// </summary>
public static class Fuzzer
{
    public static string CorpusFolder(string kind) => Path.Combine(TestPaths.RepoRoot, "tests", "DocsVideo.Core.Tests", "Fuzz", kind);

    /// <summary>Inputs kept from earlier finds (and hand-written hard cases), each run through the target every time.</summary>
    public static IEnumerable<string> Kept(string kind) =>
        Directory.Exists(CorpusFolder(kind)) ? Directory.EnumerateFiles(CorpusFolder(kind)).Order(StringComparer.Ordinal) : [];

    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("DOCSVIDEO_FUZZ_SEED"), out var seed) ? seed : 20261204;

    /// <summary>
    /// Mutates the seeds (and the kept inputs) until the budget is spent; <paramref name="target"/> throws
    /// (or fails an assertion) for a bad outcome. Returns how many inputs ran.
    /// </summary>
    public static int Run(string kind, string extension, IReadOnlyList<byte[]> seeds, double seconds, Action<byte[]> target)
    {
        if (double.TryParse(Environment.GetEnvironmentVariable("DOCSVIDEO_FUZZ_SECONDS"), System.Globalization.CultureInfo.InvariantCulture, out var wanted)) seconds = wanted;
        var pool = seeds.Concat(Kept(kind).Select(File.ReadAllBytes)).ToList();
        var random = new Random(Seed);
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed.TotalSeconds < seconds || count == 0)
        {
            var input = Mutate(pool[random.Next(pool.Count)], random, pool);
            try { target(input); }
            catch (Exception e)
            {
                var name = Keep(kind, extension, input);
                Assert.Fail($"{kind} fuzz input {count} (seed {Seed}) broke the target: {e.GetType().Name}: {e.Message}\nkept as {name}; commit it as a regression input");
            }
            count++;
        }
        return count;
    }

    private static string Keep(string kind, string extension, byte[] input)
    {
        Directory.CreateDirectory(CorpusFolder(kind));
        var path = Path.Combine(CorpusFolder(kind), $"crash-{Convert.ToHexString(SHA256.HashData(input))[..12].ToLowerInvariant()}{extension}");
        File.WriteAllBytes(path, input);
        return path;
    }

    /// <summary>Byte-level mutations that find parser and decoder bugs: flips, interesting values, cuts, copies, splices.</summary>
    public static byte[] Mutate(byte[] input, Random random, IReadOnlyList<byte[]> pool)
    {
        var bytes = input.ToList();
        for (var k = random.Next(1, 8); k > 0; k--)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0 when bytes.Count > 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1 when bytes.Count > 0: bytes[at] = Interesting[random.Next(Interesting.Length)]; break;
                case 2 when bytes.Count > 0: bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at)); break;
                case 3: bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 16)).Select(_ => (byte)random.Next(256))); break;
                case 4 when bytes.Count > 4:
                    var from = random.Next(bytes.Count - 4);
                    bytes.InsertRange(at, bytes.GetRange(from, Math.Min(random.Next(4, 64), bytes.Count - from)));
                    break;
                case 5 when bytes.Count > 3:
                    // A 32-bit field (a size or a count in most formats) set to an extreme.
                    var word = BitConverter.GetBytes(new[] { 0, -1, int.MaxValue, int.MinValue, 0x7FFF, 1 << 20 }[random.Next(6)]);
                    for (var i = 0; i < 4 && at + i < bytes.Count; i++) bytes[at + i] = word[i];
                    break;
                case 6:
                    var other = pool[random.Next(pool.Count)];
                    if (other.Length > 0) bytes.InsertRange(at, other.Skip(random.Next(other.Length)).Take(random.Next(1, 128)));
                    break;
            }
        }
        return bytes.ToArray();
    }

    private static readonly byte[] Interesting = [0, 1, 0x7F, 0x80, 0xFF, (byte)'\n', (byte)'-', (byte)'(', (byte)'`', (byte)':'];
}
