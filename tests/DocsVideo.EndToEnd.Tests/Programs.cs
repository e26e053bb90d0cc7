using System.Diagnostics;

namespace DocsVideo.EndToEnd.Tests;

/// <summary>Starts `dotnet` (a build, a pack, or the docsvideo program) as a user would, and collects what it prints.</summary>
public static class Programs
{
    public static string Docsvideo => Path.Combine(AppContext.BaseDirectory, "docsvideo.dll");

    public static Process Start(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        // The test host's MSBuild settings must not leak into the user's build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(key);
        return Process.Start(start)!;
    }

    public static (int ExitCode, string Output) Run(string folder, params string[] arguments)
    {
        using var process = Start(folder, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
