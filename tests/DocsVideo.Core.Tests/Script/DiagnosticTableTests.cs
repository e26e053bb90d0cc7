using System.Reflection;
using System.Text.RegularExpressions;
using DocsVideo.Script;

namespace DocsVideo.Core.Tests.Script;

[TestClass]
public sealed class DiagnosticTableTests
{
    [TestMethod]
    public void ERR_02_TheDocumentedTableListsExactlyTheCodesTheProductReports()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).Distinct().Order().ToList();
        var table = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "diagnostics.md"));
        var documented = Regex.Matches(table, @"^\| (DV\d{4}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Order().ToList();
        CollectionAssert.AreEqual(codes, documented);
    }
}
