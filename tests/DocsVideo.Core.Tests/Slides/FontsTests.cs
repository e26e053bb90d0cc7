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
}
