namespace DocsVideo.Core.Tests.Media;

/// <summary>What is on screen: canvas colours, themes, callouts, GIFs, text in any script (spec sections 4 and 9).</summary>
[TestClass]
public sealed class VisualTests
{
    private const string Small = "---\nsize: 320x180\n";

    [TestMethod]
    public void TXT_09_CanvasColourFillsATextSlide()
    {
        var render = new Render();
        Render.AssertSucceeded(render.Run(Small + "---\n(canvas: teal)\n\n```\nHi\n```\n(duration: 1)"));
        var (r, g, b) = Measure.Pixel(render.Video, 0.5, 10, 10);
        Assert.IsTrue(r < 30 && g is > 110 and < 150 && b is > 110 and < 150, $"teal (0,128,128), got {(r, g, b)}");
    }

    [TestMethod]
    public void TXT_06_DefaultThemeDimsMediaBehindTextAndLightThemeDoesNot()
    {
        var render = new Render();
        Measure.SolidImage(render.File("white.png"), 320, 180, "white");
        const string Slide = "---\n![](white.png)\n\n```\nTITLE\n```\n(duration: 1)";
        // Just inside the corner of the box around the title, clear of the letters.
        Render.AssertSucceeded(render.Run(Small + Slide));
        var dimmed = Measure.Pixel(render.Video, 0.5, 138, 80);
        Render.AssertSucceeded(render.Run(Small + "theme: light\n" + Slide));
        var plain = Measure.Pixel(render.Video, 0.5, 138, 80);
        Assert.IsLessThan(110, dimmed.R, $"a dark backdrop behind the text in the default theme, got {dimmed}");
        Assert.IsGreaterThan(230, plain.R, $"no backdrop in the light theme, got {plain}");
    }

    [TestMethod]
    public void CAL_01_CAL_03_CalloutKeepsItsAreaAndDimsTheRest_InOriginalImagePixels()
    {
        var render = new Render();
        // A 640x360 white picture shown at 320x180: original pixel (320,180) is the frame's centre.
        Measure.SolidImage(render.File("white.png"), 640, 360, "white");
        Render.AssertSucceeded(render.Run(Small + "---\n![](white.png)\n(callout:\n  cx: 320\n  cy: 180\n  size: 60\n  alpha: 0.8\n)\n(duration: 1)"));
        var inside = Measure.Pixel(render.Video, 0.5, 160, 90);
        var outside = Measure.Pixel(render.Video, 0.5, 20, 20);
        Assert.IsGreaterThan(230, inside.R, $"the highlighted circle keeps full brightness, got {inside}");
        Assert.IsLessThan(80, outside.R, $"alpha 0.8 darkens the rest, got {outside}");
    }

    [TestMethod]
    public void CAL_01_CAL_02_VID_08_RectangleCalloutWorksOverAPlayingClip()
    {
        var render = new Render();
        Measure.TwoColourClip(render.File("clip.mp4"), 1.0, "white", "white");
        Render.AssertSucceeded(render.Run(Small + "---\n![](clip.mp4)\n(callout:\n  type: rectangle\n  left: 0\n  top: 0\n  right: 160\n  bottom: 180\n)"));
        Assert.IsGreaterThan(230, Measure.Pixel(render.Video, 0.5, 80, 90).R, "the left half is highlighted");
        Assert.IsLessThan(140, Measure.Pixel(render.Video, 0.5, 240, 90).R, "the right half is dimmed");
    }

    [TestMethod]
    public void IMG_04_GifLoopsForTheNarration_AndFreezePlaysOnce()
    {
        var render = new Render();
        Measure.Ffmpeg("-f", "lavfi", "-i", "color=c=red:s=160x90:r=10:d=0.5", "-f", "lavfi", "-i", "color=c=blue:s=160x90:r=10:d=0.5",
            "-filter_complex", "[0:v][1:v]concat=n=2:v=1:a=0", render.File("anim.gif"));
        const string Narration = "This narration lasts a good deal longer than the one second animation.";
        var looped = render.Run(Small + $"---\n![](anim.gif)\n{Narration}");
        Render.AssertSucceeded(looped);
        var seconds = looped.Plan!.TotalSeconds;
        Assert.IsGreaterThan(2.5, seconds);
        // Looping: red again in the second cycle (1.0 to 1.5 s).
        Assert.IsGreaterThan(150, Measure.Pixel(render.Video, 1.2, 160, 90).R, "the GIF starts over");
        Render.AssertSucceeded(render.Run(Small + $"---\n![freeze](anim.gif)\n{Narration}"));
        var held = Measure.Pixel(render.Video, 1.2, 160, 90);
        Assert.IsTrue(held.B > 150 && held.R < 100, $"freeze: the last (blue) frame holds, got {held}");
    }

    [TestMethod]
    public void TXT_CJK_SlidesAreDrawnWithRealGlyphsNotTofu()
    {
        var render = new Render();
        string Slide(string text) => Small + $"---\n(font-size: 80)\n\n```\n{text}\n```\n(duration: 1)";
        Render.AssertSucceeded(render.Run(Slide("日本語のテキスト")));
        var japanese = Measure.DarkShare(render.Video, 0.5, 0, 50, 320, 80);
        Render.AssertSucceeded(render.Run(Slide("한국어 텍스트")));
        var korean = Measure.DarkShare(render.Video, 0.5, 0, 50, 320, 80);
        // Tofu boxes are hollow outlines: far fewer dark pixels than real glyphs of the same size.
        Render.AssertSucceeded(render.Run(Slide("\uE000\uE001\uE002\uE003\uE004\uE005")));
        var tofu = Measure.DarkShare(render.Video, 0.5, 0, 50, 320, 80);
        Assert.IsGreaterThan(tofu * 1.5, japanese, $"Japanese glyphs have more ink ({japanese:0.000}) than tofu boxes ({tofu:0.000})");
        Assert.IsGreaterThan(tofu * 1.5, korean, $"Korean glyphs have more ink ({korean:0.000}) than tofu boxes ({tofu:0.000})");
    }

    [TestMethod]
    public void TXT_04_CodeSlidesAreSyntaxHighlighted_PlainFencesAreNot()
    {
        var render = new Render();
        const string Code = "const token = sign({ iss: \"key\" }); // comment";
        Render.AssertSucceeded(render.Run(Small.Replace("320x180", "640x360") + $"---\n```js\n{Code}\n```\n(duration: 1)"));
        var pixels = Measure.Pixels(render.Video, 0.5, 0, 150, 640, 60);
        bool Blue((int R, int G, int B) p) => p.B > 180 && p.R < 90 && p.G < 90;
        bool Red((int R, int G, int B) p) => p.R > 130 && p.G < 70 && p.B < 70;
        bool Green((int R, int G, int B) p) => p.G > 90 && p.R < 60 && p.B < 60;
        Assert.IsGreaterThan(10, pixels.Count(Blue), "the keyword is blue");
        Assert.IsGreaterThan(10, pixels.Count(Red), "the string is red");
        Assert.IsGreaterThan(10, pixels.Count(Green), "the comment is green");
        Render.AssertSucceeded(render.Run(Small.Replace("320x180", "640x360") + $"---\n```\n{Code}\n```\n(duration: 1)"));
        Assert.AreEqual(0, Measure.Pixels(render.Video, 0.5, 0, 150, 640, 60).Count(p => Blue(p) || Red(p) || Green(p)), "a plain fence is black text");
    }

    [TestMethod]
    public void AST_12_ZoomMovesCloserAndPanDriftsTowardsItsEdge()
    {
        var render = new Render();
        Measure.Ffmpeg("-f", "lavfi", "-i", "color=c=white:s=640x360", "-vf", "drawbox=x=280:y=150:w=80:h=60:c=red:t=fill", "-frames:v", "1", "-update", "1", render.File("target.png"));
        static bool IsRed((int R, int G, int B) p) => p.R > 180 && p.G < 90 && p.B < 90;
        (int Count, double X) Red(string video, double t)
        {
            var pixels = Measure.Pixels(video, t, 0, 0, 320, 180);
            var red = pixels.Select((p, i) => (p, i)).Where(q => IsRed(q.p)).ToList();
            return (red.Count, red.Count == 0 ? 0 : red.Average(q => q.i % 320));
        }
        Render.AssertSucceeded(render.Run(Small + "---\n![zoom](target.png)\n(duration: 2)"));
        var (before, _) = Red(render.Video, 0.02);
        var (after, _) = Red(render.Video, 1.95);
        Assert.IsGreaterThan(1.3, (double)after / before, $"zoom: the square grows from {before} to {after} pixels");

        Render.AssertSucceeded(render.Run(Small + "---\n![pan left](target.png)\n(duration: 2)"));
        var (_, startX) = Red(render.Video, 0.02);
        var (_, endX) = Red(render.Video, 1.95);
        Assert.IsGreaterThan(startX + 10, endX, $"pan left: the view drifts left, so the square moves right ({startX:0} to {endX:0})");
    }

    [TestMethod]
    public void TXT_07_CssThemeSetsBackgroundHeadingAndFont_AndWarnsOnTheRest()
    {
        var render = new Render();
        File.Copy("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", render.File("brand.ttf"));
        render.Write("brand.css", """
            @font-face { font-family: "Brand"; src: url(brand.ttf); }
            body { background: linear-gradient(to bottom, #000080, #008000); color: white; font-family: Brand; }
            h1 { color: #ff0000; font-size: 60px; }
            .reveal .slides section { text-align: left; }
            body { background-image: url(https://example.com/x.png); }
            """);
        var result = render.Run(Small.Replace("320x180", "640x360") + "theme: brand.css\n---\n```md\n# TITLE\n```\n(duration: 1)");
        Render.AssertSucceeded(result);
        var top = Measure.Pixel(render.Video, 0.5, 5, 2);
        var bottom = Measure.Pixel(render.Video, 0.5, 5, 357);
        Assert.IsTrue(top.B > 100 && top.G < 40, $"the gradient starts navy, got {top}");
        Assert.IsTrue(bottom.G > 100 && bottom.B < 40, $"and ends green, got {bottom}");
        var red = Measure.Pixels(render.Video, 0.5, 120, 120, 400, 120).Count(p => p.R > 180 && p.G < 80 && p.B < 80);
        Assert.IsGreaterThan(30, red, "the h1 colour");
        var warnings = result.Diagnostics.Where(d => d.Code == DocsVideo.Script.DiagnosticCodes.UnsupportedCss).ToList();
        Assert.HasCount(2, warnings, string.Join("\n", result.Diagnostics));
        Assert.IsTrue(warnings.All(w => w.File.EndsWith("brand.css")));
        Assert.AreEqual(4, warnings[0].Line, "the unsupported selector's line in the CSS file");
        StringAssert.Contains(warnings[1].Message, "local files only");

        // The font file is an input: changing it renders the scene again.
        File.Copy("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", render.File("brand.ttf"), overwrite: true);
        Assert.AreEqual(1, render.Run(Small.Replace("320x180", "640x360") + "theme: brand.css\n---\n```md\n# TITLE\n```\n(duration: 1)").Report!.Rendered);
    }

    [TestMethod]
    public void VID_ClipsOfAnyRateSizeRotationAndPixelFormatAreNormalised()
    {
        var render = new Render();
        // A landscape 60 fps yuv444p clip flagged as rotated by 90 degrees: players show it portrait.
        Measure.Ffmpeg("-f", "lavfi", "-i", "color=c=white:s=320x180:r=60:d=1", "-c:v", "libx264", "-pix_fmt", "yuv444p", render.File("plain.mp4"));
        // ffmpeg 5.1 writes the rotation flag only when remuxing.
        Measure.Ffmpeg("-i", render.File("plain.mp4"), "-c", "copy", "-metadata:s:v:0", "rotate=90", render.File("phone.mp4"));
        Measure.Ffmpeg("-f", "lavfi", "-i", "color=c=white:s=200x200:r=12:d=1", "-c:v", "libx264", "-pix_fmt", "yuv420p", render.File("square.mov"));
        Render.AssertSucceeded(render.Run(Small + "---\n![contain](phone.mp4)\n---\n![contain](square.mov)"));
        var video = Measure.Stream(render.Video, "video");
        Assert.AreEqual("yuv420p", video.GetProperty("pix_fmt").GetString());
        Assert.AreEqual("25/1", video.GetProperty("r_frame_rate").GetString());
        // Portrait in a landscape frame: black at the sides, picture in the middle.
        Assert.IsLessThan(20, Measure.Pixel(render.Video, 0.5, 40, 90).R, "black bar beside the upright phone clip");
        Assert.IsGreaterThan(230, Measure.Pixel(render.Video, 0.5, 160, 90).R);
        Assert.IsGreaterThan(230, Measure.Pixel(render.Video, 0.5, 160, 10).R, "the rotated clip is upright: it reaches the top");
    }

    [TestMethod]
    public void TXT_05_TextThatDoesNotFitShrinksWithAWarningAtTheSlide()
    {
        var render = new Render();
        var line = "var result = await client.GetFromJsonAsync<Dictionary<string, object>>(\"https://localhost:8001/services/echo/routes?size=100\");";
        var result = render.Run(Small + $"---\nIntro.\n\n```csharp\n{line}\n```");
        Render.AssertSucceeded(result);
        var warning = result.Diagnostics.Single(d => d.Code == DocsVideo.Script.DiagnosticCodes.SlideShrunk);
        Assert.AreEqual(6, warning.Line);
        // Still all on screen: ink near both edges of the frame, none beyond the margins.
        var ink = Measure.Pixels(render.Video, 0.5, 0, 80, 320, 20).Select((p, i) => (p, x: i % 320)).Where(q => q.p.R < 128).ToList();
        Assert.IsGreaterThan(0, ink.Count);
        Assert.IsTrue(ink.Min(q => q.x) >= 10 && ink.Max(q => q.x) <= 310, $"the code spans {ink.Min(q => q.x)}..{ink.Max(q => q.x)}");
        Assert.IsFalse(render.Run(Small + "---\n```\nShort\n```").Diagnostics.Any(d => d.Code == DocsVideo.Script.DiagnosticCodes.SlideShrunk));
    }

    [TestMethod]
    public void TXT_03_MarkdownSlide_CentredBoldHeading_LeftAlignedNestedList_BoldAndItalicWords()
    {
        var render = new Render();
        Render.AssertSucceeded(render.Run("---\nsize: 640x360\n---\n```md\n# Heading\n- **Same words here**\n- Same words here\n- *Illl lIII*\n  - Illl lIII\n```\n(duration: 1)"));
        var bands = Measure.TextBands(Measure.Grey(render.Video, 0.5));
        Assert.HasCount(5, bands, string.Join(", ", bands.Select(b => $"{b.Top}-{b.Bottom}")));
        var (heading, bold, plain, italic, nested) = (bands[0].Ink, bands[1].Ink, bands[2].Ink, bands[3].Ink, bands[4].Ink);
        Assert.AreEqual(320, (heading.Min(p => p.X) + heading.Max(p => p.X)) / 2.0, 4, "the heading is centred");
        Assert.IsGreaterThan(bands[1].Bottom - bands[1].Top, bands[0].Bottom - bands[0].Top, "the heading is larger than list text");
        Assert.AreEqual(bold.Min(p => p.X), plain.Min(p => p.X), 1, "list items are left-aligned");
        Assert.IsGreaterThan(plain.Min(p => p.X) + 10, nested.Min(p => p.X), "a sub-item is indented");
        Assert.IsGreaterThan(plain.Count * 1.25, bold.Count, $"bold words carry more ink ({bold.Count} against {plain.Count})");
        Assert.IsGreaterThan(Slant(nested) + 0.5, Slant(italic), $"italic strokes lean right (slant {Slant(italic):0.0} against {Slant(nested):0.0})");

        // How far right the upper half of a line's upright strokes (I, l) sits compared with its lower half (bullets left out).
        static double Slant(List<(int X, int Y)> ink)
        {
            var words = ink.Where(p => p.X > ink.Min(q => q.X) + 20).ToList();
            var middle = (words.Min(p => p.Y) + words.Max(p => p.Y)) / 2.0;
            return words.Where(p => p.Y < middle).Average(p => p.X) - words.Where(p => p.Y > middle).Average(p => p.X);
        }
    }

    [TestMethod]
    public void AST_03_EveryImageAndClipFormatShowsItsPicture()
    {
        var render = new Render();
        // One scene per file type, each a different colour.
        (string File, string Colour, (int R, int G, int B) Rgb)[] assets =
        [
            ("a.png", "red", (255, 0, 0)), ("a.jpg", "lime", (0, 255, 0)), ("a.jpeg", "blue", (0, 0, 255)),
            ("a.gif", "yellow", (255, 255, 0)), ("a.webp", "magenta", (255, 0, 255)), ("a.mp4", "cyan", (0, 255, 255)),
            ("a.mov", "white", (255, 255, 255)), ("a.webm", "black", (0, 0, 0)), ("a.mkv", "gray", (128, 128, 128)),
        ];
        foreach (var (file, colour, _) in assets)
        {
            var still = file.EndsWith("png") || file.EndsWith("jpg") || file.EndsWith("jpeg") || file.EndsWith("webp");
            var codec = Path.GetExtension(file) switch { ".webm" => new[] { "-c:v", "libvpx-vp9" }, ".mov" => ["-c:v", "prores"], ".mkv" => ["-c:v", "ffv1"], _ => [] };
            Measure.Ffmpeg(["-f", "lavfi", "-i", $"color=c={colour}:s=160x90:r=25:d=0.6", .. still ? new[] { "-frames:v", "1" } : [], .. codec, render.File(file)]);
        }
        var result = render.Run(Small + string.Concat(assets.Select(a => $"---\n![]({a.File})\n(duration: 0.6)\n")));
        Render.AssertSucceeded(result);
        for (var i = 0; i < assets.Length; i++)
        {
            var scene = result.Plan!.Scenes[i];
            var middle = (scene.StartFrame + scene.Frames / 2.0) / 25;
            var (r, g, b) = Measure.Pixel(render.Video, middle, 160, 90);
            var want = assets[i].Rgb;
            Assert.IsTrue(Math.Abs(r - want.R) < 40 && Math.Abs(g - want.G) < 40 && Math.Abs(b - want.B) < 40,
                $"{assets[i].File}: {assets[i].Colour} {want} at {middle:0.00} s, got {(r, g, b)}");
        }
    }

    [TestMethod]
    public void AST_03_BGM_02_OwnSoundFilesPlayAsMusicAndAsSceneAudio()
    {
        var render = new Render();
        foreach (var file in new[] { "tune.wav", "tune.mp3", "tune.m4a" })
        {
            Measure.Ffmpeg("-f", "lavfi", "-i", "sine=f=330:d=1", render.File(file));
            Render.AssertSucceeded(render.Run(Small + $"background: {file}\n---\n(pause: 2)"));
            Assert.IsGreaterThan(-40, Measure.Loudness(render.Video, 1.2, 1.8), $"{file} plays (looped) as background music");
            Render.AssertSucceeded(render.Run(Small + $"---\n(audio: {file})"));
            Assert.IsGreaterThan(-30, Measure.Loudness(render.Video, 0.3, 0.9), $"{file} plays as the scene's audio");
        }
    }

    [TestMethod]
    public void IMG_02_HDR_16_HeaderAssetResizeFitsEveryPicture_AndATokenOverridesIt()
    {
        var render = new Render();
        Measure.SolidImage(render.File("square.png"), 200, 200, "white");
        Render.AssertSucceeded(render.Run(Small + "asset-resize: contain\n---\n![](square.png)\n(duration: 1)\n---\n![cover](square.png)\n(duration: 1)"));
        Assert.IsLessThan(20, Measure.Pixel(render.Video, 0.5, 10, 90).R, "contain from the header: black bars");
        Assert.IsGreaterThan(230, Measure.Pixel(render.Video, 1.5, 10, 90).R, "the cover token fills the frame");
        Render.AssertSucceeded(render.Run(Small + "asset-resize: fit\n---\n![](square.png)\n(duration: 1)"));
        Assert.IsGreaterThan(230, Measure.Pixel(render.Video, 0.5, 2, 90).R, "fit stretches to the edges");
    }

    [TestMethod]
    public void CAL_04_EveryCalloutOfASceneIsShown()
    {
        var render = new Render();
        Measure.SolidImage(render.File("white.png"), 320, 180, "white");
        Render.AssertSucceeded(render.Run(Small + "---\n![](white.png)\n(callout:\n  cx: 60\n  cy: 90\n  size: 30\n)\n(callout:\n  cx: 260\n  cy: 90\n  size: 30\n)\n(duration: 1)"));
        Assert.IsGreaterThan(230, Measure.Pixel(render.Video, 0.5, 60, 90).R, "the first callout");
        Assert.IsGreaterThan(230, Measure.Pixel(render.Video, 0.5, 260, 90).R, "the second callout");
        Assert.IsLessThan(200, Measure.Pixel(render.Video, 0.5, 160, 90).R, "dimmed between them");
    }

    [TestMethod]
    public void TRN_05_WipeSlidesTheNewSceneInFromTheLeft()
    {
        var render = new Render();
        Measure.SolidImage(render.File("red.png"), 320, 180, "red");
        Measure.SolidImage(render.File("blue.png"), 320, 180, "blue");
        Render.AssertSucceeded(render.Run(Small + "transition: wipe 0.8\n---\n![](red.png)\n(duration: 1)\n---\n![](blue.png)\n(duration: 1)"));
        var left = Measure.Pixel(render.Video, 1.4, 30, 90);
        var right = Measure.Pixel(render.Video, 1.4, 290, 90);
        Assert.IsTrue(left.B > 200 && left.R < 50, $"halfway through, the new scene covers the left, got {left}");
        Assert.IsTrue(right.R > 200 && right.B < 50, $"and the old one is still on the right, got {right}");
        Assert.IsTrue(Measure.Pixel(render.Video, 1.9, 290, 90).B > 200, "the wipe ends with the new scene");
    }

    [TestMethod]
    public void TXT_08_ThemeDefaultOnASceneRestoresTheBuiltInTheme()
    {
        var render = new Render();
        Measure.SolidImage(render.File("white.png"), 320, 180, "white");
        const string Slide = "![](white.png)\n\n```\nTITLE\n```\n(duration: 1)";
        Render.AssertSucceeded(render.Run(Small + $"theme: light\n---\n{Slide}\n---\n(theme: default)\n{Slide}"));
        Assert.IsGreaterThan(230, Measure.Pixel(render.Video, 0.5, 138, 80).R, "the header's light theme: no backdrop");
        Assert.IsLessThan(110, Measure.Pixel(render.Video, 1.5, 138, 80).R, "(theme: default): the default theme's dark backdrop");
    }

    [TestMethod]
    public void AST_11_CropAnchorsChooseWhichPartOfACoveredPictureStays()
    {
        var render = new Render();
        // A tall picture: red top half, blue bottom half. Cover at 320x180 keeps a band of it.
        Measure.Ffmpeg("-f", "lavfi", "-i", "color=c=red:s=320x360", "-vf", "drawbox=x=0:y=180:w=320:h=180:c=blue:t=fill", "-frames:v", "1", render.File("tall.png"));
        Render.AssertSucceeded(render.Run(Small + "---\n![top](tall.png)\n(duration: 1)\n---\n![bottom](tall.png)\n(duration: 1)\n---\n![](tall.png)\n(duration: 1)"));
        Assert.IsGreaterThan(200, Measure.Pixel(render.Video, 0.5, 160, 90).R, "top keeps the red top");
        Assert.IsGreaterThan(200, Measure.Pixel(render.Video, 1.5, 160, 90).B, "bottom keeps the blue bottom");
        var centre = (Top: Measure.Pixel(render.Video, 2.5, 160, 40), Bottom: Measure.Pixel(render.Video, 2.5, 160, 140));
        Assert.IsTrue(centre.Top.R > 200 && centre.Bottom.B > 200, $"by default the crop is centred (IMG-02), got {centre}");
    }

    [TestMethod]
    public void AST_15_VID_02_StartAndEndStills_AndASegmentShowsItsPart()
    {
        var render = new Render();
        Measure.TwoColourClip(render.File("clip.mp4"), 2.0, "blue", "lime");
        Render.AssertSucceeded(render.Run(Small + "---\n![end](clip.mp4)\n(duration: 1)\n---\n![start](clip.mp4)\n(duration: 1)\n---\n![01.2-01.8](clip.mp4)"));
        bool Lime((int R, int G, int B) p) => p.G > 200 && p.B < 60;
        bool Blue((int R, int G, int B) p) => p.B > 200 && p.G < 60;
        Assert.IsTrue(Lime(Measure.Pixel(render.Video, 0.5, 160, 90)), "end: the clip's last frame (lime)");
        Assert.IsTrue(Blue(Measure.Pixel(render.Video, 1.5, 160, 90)), "start: the clip's first frame (blue)");
        Assert.IsTrue(Lime(Measure.Pixel(render.Video, 2.1, 160, 90)), "01.2-01.8: from the second, lime half");
        Assert.AreEqual(2.6, Measure.Duration(render.Video), 0.05, "the segment lasts 0.6 s");
    }

    [TestMethod]
    public void DIR_24_MaskStyleCoversTheAreaWithBlack()
    {
        var render = new Render();
        Measure.SolidImage(render.File("white.png"), 320, 180, "white");
        Render.AssertSucceeded(render.Run(Small + "---\n![](white.png)\n(callout:\n  cx: 160\n  cy: 90\n  size: 40\n  style: mask\n)\n(duration: 1)"));
        Assert.IsLessThan(30, Measure.Pixel(render.Video, 0.5, 160, 90).R, "the area is filled black");
        Assert.IsGreaterThan(230, Measure.Pixel(render.Video, 0.5, 20, 20).R, "the rest is untouched");
    }

    [TestMethod]
    public void VID_08_TextSlideOverAPlayingClip()
    {
        var render = new Render();
        Measure.TwoColourClip(render.File("clip.mp4"), 2.0, "white", "lime");
        Render.AssertSucceeded(render.Run(Small + "---\n![](clip.mp4)\n\n```\nTITLE\n```"));
        Assert.IsLessThan(110, Measure.Pixel(render.Video, 0.5, 138, 80).R, "the backdrop behind the title over the white half");
        Assert.IsGreaterThan(200, Measure.Pixel(render.Video, 0.5, 20, 20).R, "the clip plays around it (white)");
        var later = Measure.Pixel(render.Video, 1.5, 20, 20);
        Assert.IsTrue(later.G > 200 && later.R < 60, $"and goes on playing under the text (lime), got {later}");
        Assert.IsLessThan(110, Measure.Pixel(render.Video, 1.5, 138, 80).G, "the backdrop and title stay over the lime half");
    }
}
