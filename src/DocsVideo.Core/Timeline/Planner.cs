using DocsVideo.Caching;
using DocsVideo.Media;
using DocsVideo.Script;
using DocsVideo.Speech;

namespace DocsVideo.Timeline;

/// <summary>
/// Script to timeline: resolves assets, voices the narration (cached), applies the timing rules (TIM-01..03) and the
/// video sync rules (VID-01..05), places subtitle cues, and rounds every duration to whole frames.
/// </summary>
/// <param name="shrink">Divides the frame size (2 for draft renders).</param>
public sealed class Planner(VoiceTable voices, Narrator narrator, MediaProbe probe, IReadOnlyList<string> assetRoots, int shrink = 1, Limits? limits = null)
{
    public async Task<VideoPlan?> PlanAsync(VideoScript script, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        var header = script.Header;
        // The script's own folder always; the project folder and any extra roots as the build names them.
        var resolver = new AssetResolver(script.Directory, [script.Directory, .. assetRoots]);
        var inputs = new SortedSet<string>(StringComparer.Ordinal);
        ProbeAhead(script, resolver, cancel);
        var voicing = new Voicing(narrator, cancel);
        Dictionary<SpeechRequest, SpokenClip>? clips;
        var drafts = new List<SceneDraft>();
        string? musicFile, subtitleFont;
        try
        {
            foreach (var scene in script.Scenes)
            {
                var draft = await DraftAsync(scene, header, resolver, inputs, diagnostics, cancel);
                drafts.Add(draft);
                // A script already known to be broken is not voiced (cloud voices cost money).
                foreach (var (element, request, _, _, _) in draft.Stream)
                    if (request != null && !diagnostics.HasErrors) voicing.Start(request, element);
            }
            musicFile = header.Background is { IsBuiltIn: false } music
                ? resolver.Resolve(music.Source, music.Line, music.Column, diagnostics) : null;
            if (musicFile != null)
            {
                inputs.Add(musicFile);
                var (line, column) = (header.Background!.Line, header.Background.Column);
                if (await ProbeAsync(musicFile, line, column, diagnostics, cancel) is { } musicInfo)
                    RequireSound(musicInfo, header.Background.Source, line, column, diagnostics);
            }
            subtitleFont = header.Subtitles.Font is { } font ? resolver.Resolve(font, 1, 1, diagnostics) : null;
            if (subtitleFont != null) inputs.Add(subtitleFont);
            if (diagnostics.HasErrors) return null;
            clips = await voicing.FinishAsync(diagnostics);
            if (clips == null) return null;
        }
        finally { await voicing.DrainAsync(); }
        var scenes = new List<ScenePlan>();
        var sounds = new List<AudioEvent>();
        var cues = new List<SubtitleCue>();
        var startFrame = 0;
        voices.TryGet(header.Voice ?? VoiceTable.DefaultName, out var main);
        foreach (var draft in drafts)
        {
            var scene = Place(draft, clips, header, startFrame, scenes.Count == 0, sounds, diagnostics, (limits ?? Limits.Default).MaxSceneSeconds) with
            {
                Language = draft.Stream.Select(s => s.Request?.Voice.Language).FirstOrDefault(l => l != null) ?? main?.Language,
            };
            scenes.Add(scene);
            cues.AddRange(scene.Cues);
            startFrame += scene.Frames;
        }
        var language = main?.SubtitleLanguage ?? "eng";
        return new VideoPlan
        {
            Script = Path.GetFullPath(script.Path), Width = header.Width / shrink / 2 * 2, Height = header.Height / shrink / 2 * 2, Fps = header.Fps,
            Scenes = scenes, Sounds = sounds, Music = header.Background, MusicFile = musicFile,
            Header = header, Subtitles = header.Subtitles, SubtitleLanguage = language, Language = main?.Language, SubtitleFont = subtitleFont, Cues = cues, Inputs = inputs.ToList(),
        };
    }

    /// <summary>A scene with its assets resolved and its narration requests gathered, before any voicing.</summary>
    private sealed record SceneDraft(Scene Scene, List<(VisualAsset Asset, string File, MediaInfo Info)> Visuals,
        List<(SceneElement Element, SpeechRequest? Request, string? Voice, string? File, MediaInfo? Info)> Stream, string Theme);

    private async Task<SceneDraft> DraftAsync(Scene scene, ScriptHeader header, AssetResolver resolver, ISet<string> inputs,
        DiagnosticBag diagnostics, CancellationToken cancel)
    {
        var visuals = new List<(VisualAsset, string, MediaInfo)>();
        var stream = new List<(SceneElement, SpeechRequest?, string?, string?, MediaInfo?)>();
        var voiceName = header.Voice ?? VoiceTable.DefaultName;
        string? speed = header.VoiceSpeed, volume = header.VoiceVolume, emphasis = null;
        var voiceLine = header.VoiceLine;
        var theme = ResolveTheme(scene.Theme ?? header.Theme, scene.Theme != null ? scene.StartLine : header.ThemeLine, resolver, inputs, diagnostics);
        foreach (var element in scene.Elements)
        {
            switch (element)
            {
                case VisualAsset asset:
                    if (resolver.Resolve(asset.Path, asset.Line, asset.Column, diagnostics) is not { } file) break;
                    if (AssetKinds.Visual(file) == null)
                    {
                        diagnostics.Error(DiagnosticCodes.AssetType, asset.Line, asset.Column,
                            $"'{asset.Path}' is not a supported image or video; use {string.Join(", ", AssetKinds.Images.Concat(AssetKinds.Videos))}");
                        break;
                    }
                    MediaInfo? info;
                    if (AssetKinds.Visual(file) == VisualKind.Image)
                    {
                        // ffprobe reads almost anything as some format (text as "tty"): ask the decoder that will draw it.
                        if (!Slides.Pictures.TryReadSize(file, out var w, out var h))
                        {
                            diagnostics.Error(DiagnosticCodes.AssetUnreadable, asset.Line, asset.Column,
                                $"'{asset.Path}' is not a readable picture; check that the file is complete and really a {Path.GetExtension(file).TrimStart('.').ToUpperInvariant()}");
                            break;
                        }
                        if (w > MaxPictureSide || h > MaxPictureSide || (long)w * h > MaxPicturePixels)
                        {
                            diagnostics.Error(DiagnosticCodes.AssetUnreadable, asset.Line, asset.Column,
                                $"'{asset.Path}' is {w}x{h} pixels; pictures up to {MaxPictureSide} px a side and {MaxPicturePixels / 1_000_000} megapixels can be drawn; scale it down");
                            break;
                        }
                        info = new MediaInfo(0, w, h, HasVideo: true, HasAudio: false);
                    }
                    else if ((info = await ProbeAsync(file, asset.Line, asset.Column, diagnostics, cancel)) == null) break;
                    else if (!info.HasVideo)
                    {
                        diagnostics.Error(DiagnosticCodes.AssetType, asset.Line, asset.Column, $"'{asset.Path}' has no picture; use it with (audio: {asset.Path}) or as background music");
                        break;
                    }
                    inputs.Add(file);
                    visuals.Add((asset, file, info));
                    break;
                case AudioClip audio:
                    if (resolver.Resolve(audio.Path, audio.Line, audio.Column, diagnostics) is not { } sound) break;
                    if (await ProbeAsync(sound, audio.Line, audio.Column, diagnostics, cancel) is not { } soundInfo
                        || !RequireSound(soundInfo, audio.Path, audio.Line, audio.Column, diagnostics)) break;
                    inputs.Add(sound);
                    stream.Add((audio, null, null, sound, soundInfo));
                    break;
                case VoiceChange change:
                    switch (change.Setting)
                    {
                        case "voice": voiceName = change.Value; voiceLine = change.Line; break;
                        case "voice-speed": speed = change.Value; break;
                        case "voice-volume": volume = change.Value; break;
                        case "voice-emphasis": emphasis = change.Value; break;
                    }
                    break;
                case Narration narration:
                    if (!voices.TryGet(voiceName, out var voice))
                    {
                        if (_reportedVoices.Add((voiceName, voiceLine)))
                            diagnostics.Error(DiagnosticCodes.UnknownVoice, Math.Max(voiceLine, 1), 1,
                                $"unknown voice '{voiceName}'; {Suggest.DidYouMean(voiceName, voices.Names)}");
                        voices.TryGet(VoiceTable.DefaultName, out voice);
                    }
                    WarnIfEngineCannotSpeak(voice, narration, diagnostics);
                    stream.Add((narration, new SpeechRequest(voice,
                        scene.Fragment ? SpeechMarkup.AsFragment(narration.Spoken, narration.IsSsml) : narration.Spoken,
                        narration.IsSsml, speed, volume, emphasis, scene.Fragment), voice.Name, null, null));
                    break;
                case Pause or PauseUntil or Caption:
                    stream.Add((element, null, null, null, null));
                    break;
            }
        }
        return new SceneDraft(scene, visuals, stream, theme);
    }

    /// <summary>
    /// TXT-10: a theme is default, light, or a CSS file in the project (returned as its full path); a bare name such
    /// as <c>dark</c> is the file <c>dark.css</c> when the project has one.
    /// </summary>
    private string ResolveTheme(string theme, int line, AssetResolver resolver, ISet<string> inputs, DiagnosticBag diagnostics)
    {
        if (theme.Equals("default", StringComparison.OrdinalIgnoreCase) || theme.Equals("light", StringComparison.OrdinalIgnoreCase)) return theme.ToLowerInvariant();
        if (!theme.EndsWith(".css", StringComparison.OrdinalIgnoreCase) && resolver.Exists(theme + ".css")) theme += ".css";
        if (!theme.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
        {
            if (_reportedThemes.Add(theme))
                diagnostics.Error(DiagnosticCodes.UnknownTheme, line, 1, $"unknown theme '{theme}'; {Suggest.DidYouMean(theme, ["default", "light"])}, or a .css file in the project");
            return "default";
        }
        if (resolver.Resolve(theme, line, 1, diagnostics) is not { } css) return "default";
        // Parsed with its warnings once per script; later scenes get the cached theme.
        var found = _reportedThemes.Add(theme) ? new List<Diagnostic>() : null;
        var loaded = Slides.CssTheme.Load(css, found);
        foreach (var file in loaded.Files) inputs.Add(file);
        foreach (var d in found ?? []) diagnostics.Add(d);
        return css;
    }

    private readonly HashSet<string> _reportedThemes = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<(string, int)> _reportedVoices = [];

    /// <summary>espeak-ng 1.51 reads kanji as "Chinese letter" and Mandarin hanzi with tone digits: say so instead of voicing nonsense silently.</summary>
    private static void WarnIfEngineCannotSpeak(Voice voice, Narration narration, DiagnosticBag diagnostics)
    {
        static bool Ideograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
        var language = voice.Language.Split('-')[0];
        var troubled = language is "ja" or "zh" ? narration.Spoken.Any(Ideograph)
            : language != "ko" && narration.Spoken.Any(c => c >= '\u2E80');
        if (voice.Engine != "espeak" || !troubled) return;
        var advice = language switch
        {
            "ja" => "write the narration in kana, or map the voice to another speech engine in the voices file",
            "zh" => "write the narration in pinyin with the voice mapped to espeak:cmn-latn-pinyin, or map it to another speech engine",
            _ => $"voice '{voice.Name}' ({voice.Language}) cannot read these characters; choose a voice of the text's language",
        };
        diagnostics.Warning(DiagnosticCodes.SpeechLanguage, narration.Line, narration.Column,
            $"espeak-ng cannot voice this {voice.Language} text correctly; {advice}");
    }

    /// <summary>A picture is decoded whole before it is scaled: these bounds keep one from taking gigabytes (a decompression bomb).</summary>
    private const int MaxPictureSide = 16384;
    private const long MaxPicturePixels = 64_000_000;

    /// <summary>A sound to play (an (audio:) file, background music) must hold sound that lasts: an empty export is a mistake.</summary>
    private static bool RequireSound(MediaInfo info, string written, int line, int column, DiagnosticBag diagnostics)
    {
        if (!info.HasAudio)
            diagnostics.Error(DiagnosticCodes.AssetType, line, column, $"'{written}' has no sound; use a .wav, .mp3 or .m4a file");
        else if (info.Seconds < 0.01)
            diagnostics.Error(DiagnosticCodes.AssetUnreadable, line, column, $"'{written}' is empty (0 s of sound); export the recording again");
        else return true;
        return false;
    }

    /// <summary>
    /// Starts probing every clip and sound the script names, side by side: the drafts, scene by scene, then find the
    /// answers waiting (the probe keeps one task per file) instead of starting one ffprobe after another.
    /// </summary>
    private void ProbeAhead(VideoScript script, AssetResolver resolver, CancellationToken cancel)
    {
        var unreported = new DiagnosticBag(script.Path);
        var sounds = script.Scenes.SelectMany(s => s.Elements).OfType<AudioClip>().Select(a => a.Path)
            .Append(script.Header.Background is { IsBuiltIn: false } music ? music.Source : null);
        var clips = script.Scenes.SelectMany(s => s.Elements).OfType<VisualAsset>().Select(a => a.Path);
        var files = sounds.OfType<string>().Select(p => resolver.Resolve(p, 0, 0, unreported))
            .Concat(clips.Select(p => resolver.Resolve(p, 0, 0, unreported)).Where(f => f != null && AssetKinds.Visual(f) == VisualKind.Video));
        foreach (var file in files.OfType<string>().Distinct())
            // Failures are reported where the draft awaits the same task.
            if (File.Exists(file)) probe.ProbeAsync(file, cancel).ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
    }

    private async Task<MediaInfo?> ProbeAsync(string file, int line, int column, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        try
        {
            var info = await probe.ProbeAsync(file, cancel);
            if (info.HasVideo || info.HasAudio) return info;
            diagnostics.Error(DiagnosticCodes.AssetUnreadable, line, column, $"'{Path.GetFileName(file)}' holds no picture or sound; replace it with a working file");
        }
        catch (UnsupportedCodecException e)
        {
            diagnostics.Error(DiagnosticCodes.AssetUnreadable, line, column, e.Message);
        }
        catch (InvalidDataException e)
        {
            diagnostics.Error(DiagnosticCodes.AssetUnreadable, line, column, $"{e.Message}; check that the file is complete and of the type its name says");
        }
        return null;
    }

    private static ScenePlan Place(SceneDraft draft, Dictionary<SpeechRequest, SpokenClip> clips, ScriptHeader header, int startFrame,
        bool isFirst, List<AudioEvent> sounds, DiagnosticBag diagnostics, double maxSeconds)
    {
        var scene = draft.Scene;
        var fps = header.Fps;
        var sceneStart = (double)startFrame / fps;
        var speech = new List<PlacedSpeech>();
        var pauses = new List<double>();
        var sceneSounds = new List<AudioEvent>();
        var captions = new List<(int Index, string Text)>();
        double cursor = 0;
        var spoke = false;
        var any = false;
        foreach (var (element, request, voice, file, info) in draft.Stream)
        {
            if (element is Caption caption) { captions.Add((speech.Count, caption.Text)); continue; }
            if (!any) { cursor += TimingRules.LeadIn; any = true; }
            switch (element)
            {
                case Pause pause: cursor += pause.Seconds; pauses.Add(pause.Seconds); break;
                case PauseUntil until:
                    if (until.Seconds < cursor)
                        diagnostics.Warning(DiagnosticCodes.PauseUntilPast, until.Line, until.Column,
                            $"(pause-until: {Values.Format(until.Seconds)}) is earlier than the narration before it, which already runs to {Values.Format(cursor)} s; use a later time");
                    cursor = Math.Max(cursor, until.Seconds);
                    break;
                case AudioClip:
                    sceneSounds.Add(new AudioEvent(file!, cursor, 0, info!.Seconds, 1));
                    cursor += info.Seconds;
                    break;
                case Narration narration:
                    if (spoke) cursor += TimingRules.ParagraphGap;
                    var clip = clips[request!];
                    speech.Add(new PlacedSpeech(narration.Line, narration.Display, voice!, clip.WavPath, cursor, clip.Seconds) { Request = request });
                    cursor += clip.Seconds;
                    spoke = true;
                    break;
            }
        }
        var narrationSeconds = any ? cursor + TimingRules.Tail : 0;
        var visuals = VisualTiming.Of(draft.Visuals, header, narrationSeconds, out var visualSeconds);
        var seconds = Math.Max(Math.Max(narrationSeconds, visualSeconds), scene.Duration ?? 0);
        if (visuals.FirstOrDefault(v => v.Kind == VisualKind.Video) is { Sync: VideoSync.Trim or VideoSync.Match } synced && narrationSeconds > 0)
            seconds = synced.Sync == VideoSync.Match ? narrationSeconds : Math.Min(narrationSeconds, synced.SourceSeconds);
        if (seconds <= 0) seconds = TimingRules.DefaultScene;
        if (seconds > maxSeconds)
        {
            var at = (SceneElement?)draft.Visuals.FirstOrDefault().Asset ?? scene.Elements.FirstOrDefault();
            var advice = at switch
            {
                VisualAsset => "use part of the clip, e.g. ![00:00-05:00](clip.mp4)",
                AudioClip => "cut the recording into parts for several scenes (a damaged file can also claim such a length)",
                _ => "split the scene",
            };
            diagnostics.Error(DiagnosticCodes.InvalidValue, at?.Line ?? scene.StartLine, at?.Column ?? 1,
                $"scene {scene.Number} would last {seconds:0} s, more than the limit of {Values.Format(maxSeconds)} s (DocsVideoMaxSceneSeconds); {advice}");
            seconds = maxSeconds;
        }
        var frames = Math.Max(1, (int)Math.Round(seconds * fps, MidpointRounding.AwayFromZero));
        seconds = (double)frames / fps;
        visuals = VisualTiming.Spread(visuals, frames, speech, fps);

        // loop-audio (VID-05): a clip longer than the narration hears the narration again until it ends.
        if (narrationSeconds > 0 && visuals.Any(v => v is { Kind: VisualKind.Video, Sync: VideoSync.LoopAudio }))
        {
            var once = speech.ToList();
            for (var offset = narrationSeconds; offset < seconds; offset += narrationSeconds)
                speech.AddRange(once.Select(s => s with { Start = s.Start + offset }));
        }
        // The scene ends where its frames end: narration past that point is cut (VID-03 trim).
        speech = speech.Where(s => s.Start < seconds).Select(s => s with { Seconds = Math.Min(s.Seconds, seconds - s.Start) }).ToList();
        sounds.AddRange(sceneSounds.Where(s => s.At < seconds).Select(s => s with { At = sceneStart + s.At, Seconds = Math.Min(s.Seconds, seconds - s.At) }));
        foreach (var video in visuals.Where(v => v is { Kind: VisualKind.Video, HasAudio: true, StillAt: null } && v.Volume > 0 && v.Sync != VideoSync.Match))
            sounds.Add(new AudioEvent(video.File, sceneStart + (double)video.FirstFrame / fps, video.SourceStart,
                Math.Min(video.SourceSeconds, (double)video.Frames / fps), video.Volume));

        var cues = CueBuilder.Of(speech, captions, sceneStart, seconds, header.Subtitles.Mode != SubtitleMode.None).SelectMany(c => CueSplitter.Split(c, header.Subtitles.Break ?? (header.Subtitles.Mode == SubtitleMode.Overlay ? CueSplitter.OverlayBreak : null))).ToList();
        // Burned into the picture: every cue with subtitles: overlay; the scene's own > captions when no subtitles are asked for (SUB-06).
        var burned = header.Subtitles.Mode is SubtitleMode.Overlay or SubtitleMode.None ? cues : [];
        WarnIfSlidesShrink(scene, draft.Theme, header, diagnostics);
        var transition = isFirst ? TransitionSpec.None : scene.Transition ?? header.Transition;
        var transitionFrames = transition.IsCut ? 0 : Math.Clamp((int)Math.Round(transition.Duration * fps), 1, Math.Max(1, frames - 1));
        return new ScenePlan
        {
            Number = scene.Number, StartLine = scene.StartLine, EndLine = scene.EndLine, StartFrame = startFrame, Frames = frames,
            TransitionIn = transitionFrames == 0 ? TransitionSpec.None : transition, TransitionFrames = transitionFrames,
            Visuals = visuals, Slides = scene.All<TextSlide>().ToList(), Callouts = scene.All<Callout>().ToList(),
            Theme = draft.Theme, Canvas = scene.Canvas ?? header.Canvas,
            Speech = speech, Pauses = pauses, Cues = cues,
            BurnedCues = burned.Select(c => c with { Start = c.Start - sceneStart, End = c.End - sceneStart }).ToList(),
        };
    }

    /// <summary>Text that does not fit even after wrapping is drawn smaller, and text no font can draw shows boxes: say so, at the slide's line.</summary>
    private static void WarnIfSlidesShrink(Scene scene, string theme, ScriptHeader header, DiagnosticBag diagnostics)
    {
        var slides = scene.All<TextSlide>().ToList();
        if (slides.Count == 0) return;
        foreach (var slide in slides)
        {
            var missing = Slides.Fonts.Undrawable(slide.Text).Take(5).ToList();
            if (missing.Count > 0)
                diagnostics.Warning(DiagnosticCodes.NoFontForText, slide.Line, 1,
                    $"no installed font can draw {string.Join(", ", missing.Select(r => $"'{r}' (U+{r.Value:X4})"))}; they would show as empty boxes. Install a font that has them (on Debian: fonts-noto-core, fonts-noto-cjk) or use a CSS theme with @font-face");
        }
        var (_, _, fit) = Slides.SlideRenderer.Layout(slides, Slides.Theme.Named(theme), header.Width, header.Height, SkiaSharp.SKColors.Black, false);
        if (fit >= 0.99f) return;
        var size = slides[0].FontSize ?? Slides.SlideLayout.DefaultFontSize;
        diagnostics.Warning(DiagnosticCodes.SlideShrunk, slides[0].Line, 1,
            $"the text of this scene does not fit the frame at {size} px and is drawn at about {Math.Max(1, (int)(size * fit))} px; shorten it, split it over scenes, or set a smaller (font-size:)");
    }
}
