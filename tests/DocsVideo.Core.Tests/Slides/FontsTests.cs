using DocsVideo.Slides;

namespace DocsVideo.Core.Tests.Slides;

[TestClass]
public sealed class FontsTests
{
    [TestMethod]
    [DataRow("ja-JP", "JP")]
    [DataRow("zh-CN", "SC")]
    [DataRow("ko-KR", "KR")]
    public void TXT_CJK_TheFaceFollowsTheLanguage(string language, string face)
    {
        var chosen = Fonts.For("直角", Fonts.Get("DejaVu Sans", true), language);
        StringAssert.Contains(chosen.FamilyName, "CJK");
        StringAssert.EndsWith(chosen.FamilyName, face, $"{language} -> {chosen.FamilyName}");
    }

    [TestMethod]
    public void AMissingFamilyIsAnErrorThatNamesIt()
    {
        var error = Assert.ThrowsExactly<FontMissingException>(() => Fonts.Get("No Such Font Family", false));
        StringAssert.Contains(error.Message, "No Such Font Family");
    }

    [TestMethod]
    public void TXT_CJK_CharactersNoFontCanDrawAreNamed()
    {
        CollectionAssert.AreEqual(new[] { 0xE000 }, Fonts.Undrawable("Logo \uE000 here").Select(r => r.Value).ToArray());
        Assert.AreEqual(0, Fonts.Undrawable("Kong ゲートウェイ 网关 게이트웨이 — “quotes” …").Count());
        var render = new Render();
        var result = render.Run("---\nsize: 320x180\n---\n```\nIcon: \uE000\n```");
        var warning = result.Diagnostics.Single(d => d.Code == DocsVideo.Script.DiagnosticCodes.NoFontForText);
        Assert.AreEqual(4, warning.Line);
        StringAssert.Contains(warning.Message, "U+E000");
    }
}
