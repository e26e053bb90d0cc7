using System.Text;
using DocsVideo.Script;

namespace DocsVideo.Core.Tests.Script;

/// <summary>
/// No input crashes the script parser or the CSS reader: bounded-time mutation fuzzing (<see cref="Fuzzer"/>), and
/// every input kept in Fuzz/scripts and Fuzz/css run again each time.
/// </summary>
[TestClass]
public sealed class ParserFuzzTests
{
    /// <summary>Tokens of the format, joined into one seed so that splicing drops them into other inputs.</summary>
    private const string Pieces = "---\n\r\n()(pause: \n(video:\n  file: \n  sync: \n![](```~~~<!---->><speak></speak>:{}[]&a *a #\t\uFEFF" +
        "size: transition: background: subtitles:\n  mode: -1 1e9 00:39-00:39.1 10-5 cover callout: cx: 日本語\u0000%'\"";

    private static readonly string Folder = TestPaths.NewTempDirectory("fuzz-scripts");

    private static void ParseScript(byte[] input)
    {
        var path = Path.Combine(Folder, "fuzz.vmd");
        File.WriteAllBytes(path, input);
        var script = ScriptParser.ParseFile(path);
        Assert.IsTrue(script.Diagnostics.All(d => d.Line >= 0 && d.Message.Length > 0), "every diagnostic has a position and a message");
    }

    private static void LoadCss(byte[] input)
    {
        var path = Path.Combine(Folder, "fuzz.css");
        File.WriteAllBytes(path, input);
        var found = new List<Diagnostic>();
        DocsVideo.Slides.CssTheme.Load(path, found);
        Assert.IsTrue(found.All(d => d.Line >= 1), "warnings carry a line");
    }

    [TestMethod]
    public void ERR_02_RandomAndMutatedScriptsNeverThrow()
    {
        var golden = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "tests", "DocsVideo.Core.Tests", "Golden"), "*.vmd");
        var seeds = golden.Append(TestPaths.KongScript).Select(File.ReadAllBytes).Append(Encoding.UTF8.GetBytes(Pieces)).ToList();
        var count = Fuzzer.Run("scripts", ".vmd", seeds, seconds: 4, ParseScript);
        Assert.IsGreaterThan(500, count, "the budget runs a useful number of inputs");
    }

    [TestMethod]
    public void TXT_07_RandomAndMutatedCssNeverThrows()
    {
        const string Seed = "@font-face { font-family: \"B\"; src: url(b.ttf); }\nbody { background: linear-gradient(to bottom, #000080, rgba(0,128,0,0.5)); color: white; font-size: 40px; }\nh1 { color: red; font-size: 60px; }\n.backdrop { background-color: #00000088; }\n/* note */ code { font-family: Mono; }";
        var count = Fuzzer.Run("css", ".css", [Encoding.UTF8.GetBytes(Seed)], seconds: 2, LoadCss);
        Assert.IsGreaterThan(200, count);
    }

    [TestMethod]
    public void ERR_02_KeptScriptAndCssInputsStayHarmless()
    {
        foreach (var file in Fuzzer.Kept("scripts")) ParseScript(File.ReadAllBytes(file));
        foreach (var file in Fuzzer.Kept("css")) LoadCss(File.ReadAllBytes(file));
    }
}
