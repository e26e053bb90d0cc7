using System.Diagnostics;
using DocsVideo.Caching;
using DocsVideo.Media;
using DocsVideo.Music;
using DocsVideo.Script;
using DocsVideo.Speech;
using DocsVideo.Timeline;
using DocsVideo.Tools;

namespace DocsVideo;

/// <summary>
/// The whole path of one script: parse, plan (voicing narration), render the scenes whose segments are not cached,
/// link them with the audio master and subtitles, and write the video and its report. Outputs appear atomically:
/// a failure at any point leaves the previous video as it was.
/// </summary>
public sealed class Pipeline(RenderOptions options, Action<string> log)
{
    private readonly ContentStore _store = new(options.CacheDirectory);
    private readonly FileHashes _hashes = new();
    private MediaProbe? _probe;
    private MediaProbe Probe => _probe ??= new MediaProbe(_store, _hashes);

    public sealed record Result(VideoScript Script, VideoPlan? Plan, IReadOnlyList<Diagnostic> Diagnostics, BuildReport? Report)
    {
        public bool Succeeded => Plan != null && !Diagnostics.Any(d => d.IsError);
    }

    /// <summary>Parses and plans without rendering pictures (speech is voiced, since it sets the timing).</summary>
    public async Task<Result> PlanAsync(string scriptPath, CancellationToken cancel)
    {
        var script = ScriptParser.ParseFile(scriptPath, options.Limits);
        var diagnostics = new DiagnosticBag(script.Path);
        foreach (var d in script.Diagnostics) diagnostics.Add(d);
        if (script.HasErrors) return new Result(script, null, diagnostics.Items, null);
        try
        {
            var voices = new VoiceTable();
            if (options.VoicesFile != null && !File.Exists(options.VoicesFile))
            {
                diagnostics.Error(DiagnosticCodes.UnknownVoice, 0, 0, $"the voices file '{options.VoicesFile}' does not exist; check DocsVideoVoicesFile");
                return new Result(script, null, diagnostics.Items, null);
            }
            if (options.VoicesFile != null) voices.Load(options.VoicesFile);
            var engines = SpeechEngines.Create(options.SpeechCommand);
            var narrator = new Narrator(_store, engines);
            var planner = new Planner(voices, narrator, Probe, options.AssetRoots, options.Draft ? 2 : 1, options.Limits);
            var plan = await planner.PlanAsync(script, diagnostics, cancel);
            if (plan != null)
            {
                var loudness = script.Header.Loudness ?? options.LoudnessTarget;
                plan = plan with { Ducking = script.Header.Ducking ?? options.MusicDucking, Loudness = loudness is { } l && double.IsNaN(l) ? null : loudness };
                var encoderId = options.Encoder.Id(plan.Fps);
                var toolVersion = await FfmpegVersion.GetAsync(cancel);
                foreach (var scene in plan.Scenes) scene.ContentKey = ContentKeys.Scene(scene, plan, encoderId, toolVersion, _hashes);
            }
            return new Result(script, plan, diagnostics.Items, null);
        }
        catch (ToolMissingException e)
        {
            diagnostics.Error(DiagnosticCodes.ToolMissing, 0, 0, e.Message);
            return new Result(script, null, diagnostics.Items, null);
        }
        catch (ToolFailedException e)
        {
            diagnostics.Error(DiagnosticCodes.RenderFailed, 0, 0, e.Message);
            return new Result(script, null, diagnostics.Items, null);
        }
        catch (Slides.FontMissingException e)
        {
            diagnostics.Error(DiagnosticCodes.RenderFailed, 0, 0, e.Message);
            return new Result(script, null, diagnostics.Items, null);
        }
        catch (VoiceTableException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownVoice, Severity.Error, e.Path, e.Line, 1, e.Message));
            return new Result(script, null, diagnostics.Items, null);
        }
    }

    public async Task<Result> RenderAsync(string scriptPath, string videoPath, CancellationToken cancel)
    {
        var wall = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        var stages = new Dictionary<string, double>();
        var planned = await PlanAsync(scriptPath, cancel);
        stages["plan"] = clock.Elapsed.TotalSeconds;
        if (!planned.Succeeded) return planned;
        var plan = planned.Plan!;
        var diagnostics = new DiagnosticBag(planned.Script.Path);
        foreach (var d in planned.Diagnostics) diagnostics.Add(d);

        var work = Path.Combine(_store.Root, "work", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            clock.Restart();
            // The sound track needs only the plan: it is made while the scenes render.
            var audio = "";
            var audioTask = TimedAsync(async () => audio = await SoundTrackAsync(plan, work, cancel));
            SegmentBuilder.Result? built;
            var pictures = Path.Combine(work, "pictures.mp4");
            var joinSeconds = 0.0;
            try
            {
                built = await new SegmentBuilder(_store, options.Encoder, options.Parallelism, log).BuildAsync(plan, work, diagnostics, cancel);
                stages["render"] = clock.Elapsed.TotalSeconds;
                // The picture track is joined while the sound track may still be encoding: after a narration edit it is
                // the sound that comes last, and then only the short mux waits for it.
                if (built != null) joinSeconds = await TimedAsync(() => VideoLinker.JoinAsync(built.Pieces, work, pictures, cancel));
            }
            finally
            {
                // Never leave the sound track running into a deleted work folder.
                await Task.WhenAny(audioTask);
            }
            stages["audio"] = await audioTask;
            if (built == null) return planned with { Diagnostics = diagnostics.Items };
            var rendered = built.Rendered;

            clock.Restart();
            await WriteOutputsAsync(plan, pictures, audio, work, videoPath, cancel);
            CopyAtomically(built.Poster, Path.ChangeExtension(videoPath, ".png"));
            stages["link"] = joinSeconds + clock.Elapsed.TotalSeconds;

            var report = new BuildReport
            {
                Script = plan.Script, Video = Path.GetFullPath(videoPath), Width = plan.Width, Height = plan.Height, Fps = plan.Fps,
                Duration = plan.TotalSeconds, StageSeconds = stages, Seconds = wall.Elapsed.TotalSeconds, TransitionsRendered = built.TransitionsRendered,
                Scenes = plan.Scenes.Select(s => new SceneReport(s.Number, s.StartLine, (double)s.StartFrame / plan.Fps,
                    (double)s.Frames / plan.Fps, s.ContentKey, rendered.Contains(s.Number))).ToList(),
            };
            WriteAtomically(Path.ChangeExtension(videoPath, ".report.json"), report.ToJson());
            CachePruner.Prune(_store.Root, options.CacheLimitBytes);
            return planned with { Diagnostics = diagnostics.Items, Report = report };
        }
        catch (ToolMissingException e)
        {
            diagnostics.Error(DiagnosticCodes.ToolMissing, 0, 0, e.Message);
        }
        catch (ToolFailedException e) when (IsDiskFull(e))
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, 0, 0, $"could not write '{videoPath}': the disk is full; free some space, or move DocsVideoOutputPath and DocsVideoCacheDirectory to a larger disk ({e.Message.Trim()})");
        }
        catch (ToolFailedException e)
        {
            diagnostics.Error(DiagnosticCodes.RenderFailed, 0, 0, $"linking the video failed: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, 0, 0, IsDiskFull(e)
                ? $"could not write '{videoPath}': the disk is full ({e.Message.Trim()}); free some space, or move DocsVideoOutputPath and DocsVideoCacheDirectory to a larger disk"
                : $"could not write '{videoPath}': {e.Message}");
        }
        finally
        {
            TryDelete(work);
        }
        return planned with { Diagnostics = diagnostics.Items };
    }

    /// <summary>The sound track from the cache, or made and cached: a picture-only edit never re-encodes the sound.</summary>
    private async Task<string> SoundTrackAsync(VideoPlan plan, string work, CancellationToken cancel)
    {
        var music = plan.Music is { IsBuiltIn: true } builtIn ? await Task.Run(() => new MusicLibrary(_store).PathFor(builtIn.Source), cancel) : plan.MusicFile;
        var key = ContentKeys.Audio(plan, music, _hashes);
        if (_store.Contains("audio", key, ".m4a")) return _store.PathFor("audio", key, ".m4a");
        var temp = _store.TempFor("audio", key, ".m4a");
        try
        {
            await AudioMaster.RenderAsync(plan, music, work, temp, cancel);
            return _store.Commit(temp, "audio", key, ".m4a");
        }
        finally { File.Delete(temp); }
    }

    private static async Task<double> TimedAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task WriteOutputsAsync(VideoPlan plan, string pictures, string audio, string work, string videoPath, CancellationToken cancel)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(videoPath))!;
        Directory.CreateDirectory(folder);
        string? subtitles = null;
        if (plan.Subtitles.Mode == SubtitleMode.Embed && plan.Cues.Count > 0)
        {
            subtitles = Path.Combine(work, "subtitles.srt");
            await File.WriteAllTextAsync(subtitles, SubtitleWriter.Srt(plan.Cues), cancel);
        }
        var temp = Path.Combine(folder, $".{Path.GetFileName(videoPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // Made here first, so a folder that cannot take the video (read-only, not a folder) is a clear DV3003, not an ffmpeg failure.
            File.Create(temp).Dispose();
            await VideoLinker.MuxAsync(pictures, audio, subtitles, plan.SubtitleLanguage, temp, cancel);
            File.Move(temp, videoPath, overwrite: true);
        }
        finally { File.Delete(temp); }
        if (plan.Subtitles.Mode == SubtitleMode.External)
        {
            WriteAtomically(Path.ChangeExtension(videoPath, ".srt"), SubtitleWriter.Srt(plan.Cues));
            WriteAtomically(Path.ChangeExtension(videoPath, ".vtt"), SubtitleWriter.Vtt(plan.Cues));
        }
    }

    private static void CopyAtomically(string from, string path) => ReplaceAtomically(path, temp => File.Copy(from, temp));

    private static void WriteAtomically(string path, string text) => ReplaceAtomically(path, temp => File.WriteAllText(temp, text));

    /// <summary>Writes beside <paramref name="path"/> and renames over it: readers see the old file or the new one, never half of one.</summary>
    private static void ReplaceAtomically(string path, Action<string> write)
    {
        var temp = path + $".{Guid.NewGuid():N}.tmp";
        try
        {
            write(temp);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>ENOSPC on Unix, ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.</summary>
    private static bool IsDiskFull(Exception e) =>
        e.HResult is 0x70 or 0x27 or unchecked((int)0x80070070) or unchecked((int)0x80070027) || e.Message.Contains("No space left on device", StringComparison.Ordinal);
}
