using DocsVideo.Caching;
using DocsVideo.Media;
using DocsVideo.Script;
using DocsVideo.Timeline;

namespace DocsVideo.Cli;

/// <summary>The three commands. Diagnostics go to standard output in the form MSBuild reads as errors and warnings.</summary>
public static class Commands
{
    public static int Check(Arguments args)
    {
        if (args.Files.Count == 0) throw new UsageException("check needs at least one script");
        var errors = false;
        foreach (var file in args.Files)
        {
            if (!File.Exists(file))
            {
                Console.WriteLine($"{file}: error {DiagnosticCodes.AssetMissing}: script not found");
                errors = true;
                continue;
            }
            var limits = LimitsOf(args);
            var script = Safely(file, () => ScriptParser.ParseFile(file, limits));
            if (script == null) { errors = true; continue; }
            Print(script.Diagnostics);
            errors |= script.HasErrors;
        }
        return errors ? 1 : 0;
    }

    public static async Task<int> PlanAsync(Arguments args, CancellationToken cancel)
    {
        var file = Single(args, "plan");
        var result = await new Pipeline(Options(args, file), Console.WriteLine).PlanAsync(file, cancel);
        Print(result.Diagnostics);
        if (result.Plan == null) return 1;
        if (args.Has("--json")) Console.WriteLine(PlanJson.Write(result.Plan));
        else
            foreach (var scene in result.Plan.Scenes)
                Console.WriteLine($"scene {scene.Number,3}  line {scene.StartLine,4}  {scene.StartFrame / (double)result.Plan.Fps,8:0.00} s  {scene.Frames / (double)result.Plan.Fps,7:0.00} s  {scene.ContentKey}");
        return 0;
    }

    public static async Task<int> RenderAsync(Arguments args, CancellationToken cancel)
    {
        var file = Single(args, "render");
        var output = args.Get("-o", "--output") ?? Path.ChangeExtension(file, ".mp4");
        var result = await new Pipeline(Options(args, file), message => Console.WriteLine($"docsvideo: {message}")).RenderAsync(file, output, cancel);
        Print(result.Diagnostics);
        if (args.Get("--deps") is { } deps && result.Plan != null)
        {
            // Renamed into place: a second build of the project running at the same time never reads half a list.
            var temp = $"{deps}.{Guid.NewGuid():N}.tmp";
            File.WriteAllLines(temp, result.Plan.Inputs.Prepend(Path.GetFullPath(file)));
            File.Move(temp, deps, overwrite: true);
        }
        if (result.Report == null) return 1;
        // Shown relative to the script, as a user reads it in the build log: bin/videos/name.mp4.
        var shown = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(file))!, Path.GetFullPath(output));
        Console.WriteLine(result.Report.Summary(shown.StartsWith("..") ? Path.GetFullPath(output) : shown));
        return 0;
    }

    public static int Prune(Arguments args)
    {
        var cache = args.Get("--cache") ?? throw new UsageException("prune needs --cache DIR");
        var result = CachePruner.Prune(cache, Size(args.Get("--cache-limit") ?? "0"));
        Console.WriteLine($"docsvideo: pruned {result.EntriesRemoved} entries, {result.BytesBefore / 1048576.0:0.0} MB -> {result.BytesAfter / 1048576.0:0.0} MB");
        return 0;
    }

    private static long Size(string text)
    {
        try { return CachePruner.ParseSize(text); }
        catch (FormatException e) { throw new UsageException(e.Message); }
    }

    private static RenderOptions Options(Arguments args, string file) => new()
    {
        CacheDirectory = args.Get("--cache") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, "obj", "docsvideo", "cache"),
        AssetRoots = args.All("--asset-root").Select(Path.GetFullPath).ToList(),
        Draft = args.Has("--draft"),
        CacheLimitBytes = args.Get("--cache-limit") is { } limit ? Size(limit) : new RenderOptions { CacheDirectory = "" }.CacheLimitBytes,
        VoicesFile = args.Get("--voices"),
        SpeechCommand = args.Get("--speech-command"),
        Limits = LimitsOf(args),
        MusicDucking = args.Get("--ducking") is "on" or "true",
        LoudnessTarget = args.Get("--loudness") switch
        {
            null => AudioMaster.DefaultLoudness,
            "off" => null,
            var t when double.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var lufs) && lufs is >= -40 and <= -5 => lufs,
            var t => throw new UsageException($"--loudness '{t}' must be LUFS from -40 to -5, or off"),
        },
    };

    /// <summary>--max-frame-side, --max-scene-seconds and --max-scenes over the defaults.</summary>
    private static Limits LimitsOf(Arguments args)
    {
        var limits = Limits.Default;
        if (args.Get("--max-frame-side") is { } side) limits = limits with { MaxFrameSide = (int)Positive("--max-frame-side", side) };
        if (args.Get("--max-scene-seconds") is { } seconds) limits = limits with { MaxSceneSeconds = Positive("--max-scene-seconds", seconds) };
        if (args.Get("--max-scenes") is { } scenes) limits = limits with { MaxScenes = (int)Positive("--max-scenes", scenes) };
        return limits;

        static double Positive(string name, string text) =>
            double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= int.MaxValue
                ? value : throw new UsageException($"{name} '{text}' must be a number of at least 1");
    }

    private static string Single(Arguments args, string command)
    {
        if (args.Files.Count != 1) throw new UsageException($"{command} takes one script");
        if (!File.Exists(args.Files[0])) throw new UsageException($"script '{args.Files[0]}' not found");
        return args.Files[0];
    }

    private static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Console.WriteLine(diagnostic.ToString());
    }

    /// <summary>No script may crash the tool: anything unexpected becomes one error line naming the file.</summary>
    private static T? Safely<T>(string file, Func<T> action) where T : class
    {
        try { return action(); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.WriteLine($"{file}: error {DiagnosticCodes.Internal}: internal error while reading the script ({e.GetType().Name}: {e.Message}); please report it");
            return null;
        }
    }
}
