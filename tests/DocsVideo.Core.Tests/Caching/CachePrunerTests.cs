using DocsVideo.Caching;

namespace DocsVideo.Core.Tests.Caching;

[TestClass]
public sealed class CachePrunerTests
{
    [TestMethod]
    public void Prune_DropsWholeEntriesLeastRecentlyUsedFirst_AndAbandonedTemporaries()
    {
        var root = TestPaths.NewTempDirectory("prune");
        var segments = Path.Combine(root, "segments");
        Directory.CreateDirectory(segments);
        void Entry(string key, int ageHours)
        {
            foreach (var ext in new[] { ".mp4", ".last.png" })
            {
                var path = Path.Combine(segments, key + ext);
                File.WriteAllBytes(path, new byte[1000]);
                File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-ageHours));
            }
        }
        Entry("old", 30);
        Entry("middle", 20);
        Entry("new", 1);
        var abandoned = Path.Combine(segments, ".x.1.tmp.mp4");
        File.WriteAllBytes(abandoned, new byte[10]);
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddHours(-2));

        var result = CachePruner.Prune(root, 4000);

        Assert.AreEqual(1, result.EntriesRemoved);
        Assert.AreEqual(6000, result.BytesBefore);
        Assert.AreEqual(4000, result.BytesAfter);
        CollectionAssert.AreEquivalent(new[] { "middle.mp4", "middle.last.png", "new.mp4", "new.last.png" },
            Directory.GetFiles(segments).Select(Path.GetFileName).ToArray());
    }

    [TestMethod]
    public void ParseSize_ReadsUnits()
    {
        Assert.AreEqual(500L << 20, CachePruner.ParseSize("500MB"));
        Assert.AreEqual(2L << 30, CachePruner.ParseSize("2GB"));
        Assert.AreEqual(1234, CachePruner.ParseSize("1234"));
        Assert.ThrowsExactly<FormatException>(() => CachePruner.ParseSize("lots"));
    }
}
