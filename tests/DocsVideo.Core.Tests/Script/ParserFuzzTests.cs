using DocsVideo.Script;

namespace DocsVideo.Core.Tests.Script;

/// <summary>No input crashes the parser: random and mutated scripts give diagnostics, never an exception.</summary>
[TestClass]
public sealed class ParserFuzzTests
{
    private static readonly string[] Pieces =
    [
        "---", "\n", "\r\n", "(", ")", "(pause: ", "(video:\n  file: ", "  sync: ", "![", "](", "```", "~~~", "<!--", "-->", ">",
        "<speak>", "</speak>", ":", "{", "}", "[", "]", "&a", "*a", "#", "\t", "\uFEFF", "size: ", "transition: ", "background: ",
        "subtitles:\n  mode: ", "-1", "1e9", "00:39-00:39.1", "10-5", "cover", "callout:", "cx: ", "日本語", "\u0000", "%", "'", "\"",
    ];

    [TestMethod]
    public void ERR_02_RandomAndMutatedScriptsNeverThrow()
    {
        var seed = File.ReadAllText(TestPaths.KongScript);
        var random = new Random(20261204);
        for (var i = 0; i < 3000; i++)
        {
            var text = i % 2 == 0 ? Mutate(seed, random) : string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            try
            {
                var script = ScriptParser.Parse("fuzz.vmd", text);
                Assert.IsTrue(script.Diagnostics.All(d => d.Line >= 0 && d.Message.Length > 0));
            }
            catch (Exception e) when (e is not AssertFailedException)
            {
                Assert.Fail($"input {i} threw {e.GetType().Name}: {e.Message}\n---input---\n{text}");
            }
        }
    }

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToCharArray().ToList();
        for (var k = random.Next(1, 12); k > 0; k--)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0: chars.RemoveRange(at, Math.Min(random.Next(1, 40), chars.Count - at)); break;
                case 1: chars.InsertRange(at, Pieces[random.Next(Pieces.Length)]); break;
                default: chars[at] = (char)random.Next(1, 0x3000); break;
            }
        }
        return new string(chars.ToArray());
    }

    [TestMethod]
    public void TXT_07_RandomAndMutatedCssNeverThrows()
    {
        var folder = TestPaths.NewTempDirectory("cssfuzz");
        const string Seed = "@font-face { font-family: \"B\"; src: url(b.ttf); }\nbody { background: linear-gradient(to bottom, #000080, rgba(0,128,0,0.5)); color: white; font-size: 40px; }\nh1 { color: red; font-size: 60px; }\n.backdrop { background-color: #00000088; }\n/* note */ code { font-family: Mono; }";
        var random = new Random(7);
        var path = Path.Combine(folder, "t.css");
        for (var i = 0; i < 1500; i++)
        {
            var text = Mutate(Seed, random);
            File.WriteAllText(path, text);
            try
            {
                var found = new List<Diagnostic>();
                DocsVideo.Slides.CssTheme.Load(path, found);
                Assert.IsTrue(found.All(d => d.Line >= 1), "warnings carry a line");
            }
            catch (Exception e) when (e is not AssertFailedException)
            {
                Assert.Fail($"css {i} threw {e.GetType().Name}: {e.Message}\n---css---\n{text}");
            }
        }
    }
}
