using System;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DocsVideo.Tasks;

/// <summary>
/// Renders one .vmd script by running <c>docsvideo render</c> out of process (SkiaSharp and ffmpeg never load into
/// the build node). The program prints <c>file(line,col): error DV1234: message</c> lines, which become real
/// MSBuild errors and warnings, so NoWarn and WarningsAsErrors apply to DV codes as to any other.
/// </summary>
public sealed class RenderVideo : ToolTask
{
    /// <summary>The .vmd script.</summary>
    [Required] public string Script { get; set; } = "";

    /// <summary>Where the .mp4 goes; the report and external subtitles go beside it.</summary>
    [Required] public string VideoPath { get; set; } = "";

    /// <summary>docsvideo.dll from the package's tools folder.</summary>
    [Required] public string DocsVideoPath { get; set; } = "";

    [Required] public string CacheDirectory { get; set; } = "";

    /// <summary>A file the program fills with every input of the video, for the next build's up-to-date check.</summary>
    public string? DependencyFile { get; set; }

    /// <summary>Folders assets may come from besides the project folder.</summary>
    public ITaskItem[] AssetRoots { get; set; } = Array.Empty<ITaskItem>();

    public string? VoicesFile { get; set; }

    /// <summary>The local speech program for voices of engine "command", with {voice} and {output} in it.</summary>
    public string? SpeechCommand { get; set; }

    public bool Draft { get; set; }

    /// <summary>on or off: lower the background music under speech.</summary>
    public string? MusicDucking { get; set; }

    /// <summary>Loudness target of the mix in LUFS, or off.</summary>
    public string? Loudness { get; set; }

    /// <summary>Size bound of the cache, e.g. 4GB; least recently used entries go first.</summary>
    public string? CacheSizeLimit { get; set; }

    /// <summary>Limits a script may not pass: longest frame side in px, longest pause or scene in seconds, most scenes.</summary>
    public string? MaxFrameSide { get; set; }
    public string? MaxSceneSeconds { get; set; }
    public string? MaxScenes { get; set; }

    protected override string ToolName => "dotnet";

    /// <summary>
    /// A build that failed on this script (an error, or a warning promoted by WarningsAsErrors) must not look up to
    /// date next time: the video is kept, but dated back so that the next build renders and reports again.
    /// </summary>
    public override bool Execute()
    {
        var succeeded = base.Execute();
        if (Log.HasLoggedErrors && File.Exists(VideoPath)) File.SetLastWriteTimeUtc(VideoPath, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        return succeeded && !Log.HasLoggedErrors;
    }

    protected override string GenerateFullPathToTool() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : ToolName;

    protected override string GenerateCommandLineCommands()
    {
        var builder = new CommandLineBuilder();
        builder.AppendFileNameIfNotNull(DocsVideoPath);
        builder.AppendSwitch("render");
        builder.AppendFileNameIfNotNull(Script);
        builder.AppendSwitchIfNotNull("-o ", VideoPath);
        builder.AppendSwitchIfNotNull("--cache ", CacheDirectory);
        builder.AppendSwitchIfNotNull("--deps ", DependencyFile);
        builder.AppendSwitchIfNotNull("--voices ", VoicesFile);
        builder.AppendSwitchIfNotNull("--speech-command ", SpeechCommand);
        foreach (var root in AssetRoots) builder.AppendSwitchIfNotNull("--asset-root ", root.ItemSpec);
        builder.AppendSwitchIfNotNull("--cache-limit ", CacheSizeLimit);
        builder.AppendSwitchIfNotNull("--ducking ", MusicDucking);
        builder.AppendSwitchIfNotNull("--loudness ", Loudness);
        builder.AppendSwitchIfNotNull("--max-frame-side ", MaxFrameSide);
        builder.AppendSwitchIfNotNull("--max-scene-seconds ", MaxSceneSeconds);
        builder.AppendSwitchIfNotNull("--max-scenes ", MaxScenes);
        if (Draft) builder.AppendSwitch("--draft");
        return builder.ToString();
    }

    protected override bool ValidateParameters()
    {
        if (File.Exists(DocsVideoPath)) return true;
        Log.LogError(null, "DV3001", null, null, 0, 0, 0, 0, "the docsvideo program is missing at '{0}'; restore or reinstall the DocsVideo.Sdk package", DocsVideoPath);
        return false;
    }

    /// <summary>The one summary line ("x.vmd -> bin/videos/x.mp4 (...)") shows at normal verbosity; per-scene progress one step lower.</summary>
    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance)
    {
        if (singleLine.Contains(".vmd -> ")) messageImportance = MessageImportance.High;
        else if (singleLine.StartsWith("docsvideo: ", StringComparison.Ordinal)) messageImportance = MessageImportance.Normal;
        base.LogEventsFromTextOutput(singleLine, messageImportance);
    }
}
