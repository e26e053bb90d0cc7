using System.Text.RegularExpressions;
using DocsVideo.Script;

namespace DocsVideo.Timeline;

/// <summary>
/// Turns a path written in a script into a local file inside the project (AST-02, AST-04): no URLs or ffmpeg
/// protocol prefixes, nothing outside the allowed roots (also through symbolic links), and a clear error when missing.
/// </summary>
public sealed partial class AssetResolver(string scriptDirectory, IReadOnlyList<string> allowedRoots)
{
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]+:")]
    private static partial Regex ProtocolPrefix();

    public string? Resolve(string written, int line, int column, DiagnosticBag diagnostics)
    {
        if (ProtocolPrefix().IsMatch(written) && !(written.Length > 2 && written[1] == ':' && OperatingSystem.IsWindows()))
        {
            diagnostics.Error(DiagnosticCodes.AssetOutsideProject, line, column,
                $"'{written}' is not a local file; assets must be files in the project, referenced by a relative path such as images/title.png");
            return null;
        }
        if (written.Length == 0 || written.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            diagnostics.Error(DiagnosticCodes.AssetMissing, line, column, $"'{written.Replace("\0", "\\0")}' is not a usable file name; write the path of a file in the project");
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(scriptDirectory, written));
        var real = RealPath(full);
        if (!allowedRoots.Any(root => IsUnder(real, root)))
        {
            diagnostics.Error(DiagnosticCodes.AssetOutsideProject, line, column,
                $"'{written}' is outside the project folder; copy it into the project, or allow its folder with the DocsVideoAssetRoots property");
            return null;
        }
        if (!File.Exists(full))
        {
            diagnostics.Error(DiagnosticCodes.AssetMissing, line, column,
                $"asset '{written}' was not found (looked for {full}); check the name, its case and its folder");
            return null;
        }
        return full;
    }

    /// <summary>Whether <paramref name="written"/> names a usable file in the project, without reporting anything.</summary>
    public bool Exists(string written) => Resolve(written, 0, 0, new DiagnosticBag(written)) != null;

    private static string RealPath(string path)
    {
        try { return File.Exists(path) ? new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path : path; }
        catch (IOException) { return path; }
    }

    private static bool IsUnder(string path, string root)
    {
        var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}
