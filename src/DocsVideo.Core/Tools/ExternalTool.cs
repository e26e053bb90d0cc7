namespace DocsVideo.Tools;

/// <summary>A system program the pipeline needs, and the Debian package that brings it.</summary>
public sealed record ExternalTool(string Name, string Package)
{
    public static readonly ExternalTool Ffmpeg = new("ffmpeg", "ffmpeg");
    public static readonly ExternalTool Ffprobe = new("ffprobe", "ffmpeg");
    public static readonly ExternalTool Espeak = new("espeak-ng", "espeak-ng");

    /// <summary>The full path on PATH; throws <see cref="ToolMissingException"/> naming the package when absent.</summary>
    public string Locate()
    {
        var overridden = Environment.GetEnvironmentVariable("DOCSVIDEO_" + Name.ToUpperInvariant().Replace('-', '_'));
        if (!string.IsNullOrEmpty(overridden)) return File.Exists(overridden) ? overridden : throw new ToolMissingException(this);
        // A program named by its path (a speech command such as /opt/piper/piper) is used as it is.
        if (Path.IsPathRooted(Name)) return File.Exists(Name) ? Name : throw new ToolMissingException(this);
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in new[] { Name, Name + ".exe" })
            {
                var path = Path.Combine(folder, candidate);
                if (File.Exists(path)) return path;
            }
        }
        throw new ToolMissingException(this);
    }
}

public sealed class ToolMissingException(ExternalTool tool)
    : Exception($"'{tool.Name}' was not found on PATH; install it, e.g. 'sudo apt-get install {tool.Package}' on Debian or Ubuntu")
{
    public ExternalTool Tool { get; } = tool;
}
