namespace DocsVideo.Script;

/// <summary>A parsed .vmd script. Asset paths in it are as written; they resolve against <see cref="Directory"/>.</summary>
public sealed class VideoScript
{
    public required string Path { get; init; }
    public required ScriptHeader Header { get; init; }
    public required IReadOnlyList<Scene> Scenes { get; init; }
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
