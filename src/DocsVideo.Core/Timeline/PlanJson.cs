using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocsVideo.Timeline;

/// <summary>The stable JSON form of a plan that <c>docsvideo plan --json</c> prints (documented in docs/plan-json.md).</summary>
public static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        // Not HTML: quotes and non-Latin text stay readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(VideoPlan plan)
    {
        double S(int frames) => Math.Round((double)frames / plan.Fps, 3);
        var document = new
        {
            version = 1,
            script = plan.Script,
            width = plan.Width,
            height = plan.Height,
            fps = plan.Fps,
            frames = plan.TotalFrames,
            duration = S(plan.TotalFrames),
            subtitles = new
            {
                mode = plan.Subtitles.Mode, language = plan.SubtitleLanguage, @break = plan.Subtitles.Break, color = plan.Subtitles.Color,
                background = plan.Subtitles.Background, outline = plan.Subtitles.Outline, scale = plan.Subtitles.Scale, size = plan.Subtitles.Size,
                font = plan.Subtitles.Font, position = plan.Subtitles.Position,
            },
            header = plan.Header is not { } h ? null : new
            {
                voice = h.Voice ?? Speech.VoiceTable.DefaultName,
                transition = h.Transition.IsCut ? null : new { type = h.Transition.Type, duration = h.Transition.Duration },
                theme = h.Theme, assetResize = h.AssetResize, canvas = h.Canvas, voiceSpeed = h.VoiceSpeed, voiceVolume = h.VoiceVolume,
            },
            ducking = plan.Ducking,
            loudness = plan.Loudness,
            music = plan.Music == null ? null : new { source = plan.Music.Source, builtIn = plan.Music.IsBuiltIn, volume = plan.Music.Volume, fadeIn = plan.Music.FadeIn, fadeOut = plan.Music.FadeOut },
            scenes = plan.Scenes.Select(s => new
            {
                index = s.Number,
                line = s.StartLine,
                endLine = s.EndLine,
                start = S(s.StartFrame),
                duration = S(s.Frames),
                startFrame = s.StartFrame,
                frames = s.Frames,
                contentKey = s.ContentKey,
                transitionIn = s.TransitionFrames == 0 ? null : new { type = s.TransitionIn.Type, duration = S(s.TransitionFrames) },
                theme = s.Theme,
                canvas = s.Canvas,
                visuals = s.Visuals.Select(v => new
                {
                    kind = v.Kind, file = v.File, fit = v.Fit, anchor = v.Anchor, motion = v.Motion,
                    sync = v.Kind == VisualKind.Video ? v.Sync : (Script.VideoSync?)null,
                    sourceStart = v.Kind == VisualKind.Video ? Math.Round(v.SourceStart, 3) : (double?)null,
                    sourceDuration = v.Kind == VisualKind.Video ? Math.Round(v.SourceSeconds, 3) : (double?)null,
                    start = S(v.FirstFrame), duration = S(v.Frames),
                }),
                slides = s.Slides.Select(t => new { line = t.Line, language = t.Language, fontSize = t.FontSize ?? Slides.SlideLayout.DefaultFontSize, text = t.Text }),
                narration = s.Speech.Select(p => new
                {
                    line = p.Line, voice = p.Voice, start = Math.Round(p.Start, 3), duration = Math.Round(p.Seconds, 3), text = p.Text,
                    engine = p.Request?.Voice.Engine, engineVoice = p.Request?.Voice.EngineVoice, spoken = p.Request?.Text, ssml = p.Request?.IsSsml,
                    speed = p.Request?.Speed, volume = p.Request?.Volume, emphasis = p.Request?.Emphasis, fragment = p.Request?.Fragment,
                }),
                pauses = s.Pauses,
                cues = s.Cues.Select(c => new { start = Math.Round(c.Start, 3), end = Math.Round(c.End, 3), text = c.Text }),
            }),
        };
        return JsonSerializer.Serialize(document, Options);
    }
}
