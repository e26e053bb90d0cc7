using System.Text;
using DocsVideo.Caching;

namespace DocsVideo.Timeline;

/// <summary>
/// The content key of a scene's picture: a hash over everything that changes its pixels (DESIGN §4) — frame size
/// and rate, length and transition split, visuals with the bytes of their files, slides, theme, canvas, callouts,
/// the encoder settings and the renderer's and ffmpeg's versions. Narration only counts through the length.
/// </summary>
public static class ContentKeys
{
    /// <summary>Bump when the renderer draws anything differently, so every cached segment is made again.</summary>
    public const string RendererVersion = "renderer-2";

    public static string Scene(ScenePlan scene, VideoPlan plan, string encoderId, string toolVersion, FileHashes hashes)
    {
        var text = new StringBuilder();
        text.Append($"{RendererVersion}|{toolVersion}|{encoderId}|{plan.Width}x{plan.Height}@{plan.Fps}|{scene.Frames}|{scene.TransitionFrames}|");
        // The language only picks faces for text: a voice change alone does not redraw a scene without text.
        var language = scene.Slides.Count > 0 || scene.BurnedCues.Count > 0 ? scene.Language : "";
        text.Append($"{scene.Theme}|{scene.Canvas}|{language}|");
        foreach (var file in Slides.Theme.Named(scene.Theme).Files) text.Append($"theme:{hashes.Of(file)}|");
        foreach (var v in scene.Visuals)
            text.Append($"visual:{hashes.Of(v.File)}:{v.Kind}:{v.Fit}:{v.Anchor}:{v.Motion}:{v.Sync}:{v.SourceStart}:{v.SourceSeconds}:{v.StillAt}:{v.FirstFrame}:{v.Frames}|");
        foreach (var s in scene.Slides) text.Append($"slide:{s.Language}:{s.FontSize}:{s.Text}|");
        if (scene.BurnedCues.Count > 0)
            text.Append($"subtitles:{plan.Subtitles}:{(plan.SubtitleFont is { } font ? hashes.Of(font) : "")}|");
        foreach (var cue in scene.BurnedCues) text.Append($"cue:{cue.Start:0.###}:{cue.End:0.###}:{cue.Text}|");
        foreach (var c in scene.Callouts) text.Append($"callout:{c.Shape}:{c.X1}:{c.Y1}:{c.X2}:{c.Y2}:{c.Alpha}:{c.Mask}|");
        return Hash.Of(text.ToString());
    }

    /// <summary>The key of the sound track: every placed sound, the music and its settings, loudness and length.</summary>
    public static string Audio(VideoPlan plan, string? musicFile, FileHashes hashes)
    {
        var text = new StringBuilder($"audio-2|{plan.TotalFrames}@{plan.Fps}|{plan.Ducking}|{plan.Loudness}|{plan.Music}|{(musicFile != null ? hashes.Of(musicFile) : "")}|");
        foreach (var scene in plan.Scenes)
            foreach (var speech in scene.Speech)
                text.Append($"speech:{scene.StartFrame}:{speech.Start:0.######}:{speech.Seconds:0.######}:{Path.GetFileName(speech.WavPath)}|");
        foreach (var sound in plan.Sounds) text.Append($"sound:{hashes.Of(sound.File)}:{sound.At:0.######}:{sound.SourceStart:0.######}:{sound.Seconds:0.######}:{sound.Volume}|");
        return Hash.Of(text.ToString());
    }

    /// <summary>
    /// A transition is a function of the pictures it blends, not of the scenes' lengths: keyed by the bytes of the
    /// previous scene's last frame and the next scene's head, so a scene that only got longer (a narration edit)
    /// keeps both of its transitions.
    /// </summary>
    /// <summary>Changes when transitions are drawn differently (2: dissolves by overlay instead of xfade).</summary>
    private const string TransitionVersion = "2";

    public static string Transition(string lastFrameHash, string headHash, ScenePlan next, string encoderId, string toolVersion) =>
        Hash.Of("transition", TransitionVersion, RendererVersion, toolVersion, encoderId, lastFrameHash, headHash, next.TransitionIn.Type, next.TransitionFrames.ToString());
}
