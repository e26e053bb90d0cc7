using System.Diagnostics;
using System.Text;

namespace DocsVideo.Tools;

/// <summary>
/// Runs a system program with an argument list (never through a shell, so no script text is read as a command),
/// keeps the tail of its error output for messages, and kills it when the build is cancelled.
/// </summary>
public static class ToolRunner
{
    private const int TailLines = 12;

    /// <summary>DOCSVIDEO_TRACE=1 prints when each program run started and how long it took, to find where a render spends its time.</summary>
    private static readonly bool Trace = Environment.GetEnvironmentVariable("DOCSVIDEO_TRACE") == "1";
    private static readonly DateTime ProcessStart = Trace ? Process.GetCurrentProcess().StartTime : default;

    public static async Task<string> RunAsync(ExternalTool tool, IEnumerable<string> arguments, CancellationToken cancel, string? standardInput = null) =>
        (await RunWithErrorsAsync(tool, arguments, cancel, standardInput)).Output;

    /// <summary>Like <see cref="RunAsync"/>, also returning everything the program wrote to standard error (ffmpeg's measurements go there).</summary>
    public static async Task<(string Output, string Errors)> RunWithErrorsAsync(ExternalTool tool, IEnumerable<string> arguments, CancellationToken cancel, string? standardInput = null)
    {
        var start = new ProcessStartInfo(tool.Locate())
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = standardInput != null,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var clock = Trace ? Stopwatch.StartNew() : null;
        var startedAt = Trace ? (DateTime.Now - ProcessStart).TotalSeconds : 0;
        using var process = Process.Start(start) ?? throw new ToolFailedException(tool, -1, "could not start");
        var tail = new Queue<string>();
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data == null) return;
            lock (tail)
            {
                tail.Enqueue(e.Data);
                if (tail.Count > TailLines) tail.Dequeue();
                if (stderr.Length < 1 << 20) stderr.AppendLine(e.Data);
            }
        };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (stdout) stdout.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        if (standardInput != null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }
        try { await process.WaitForExitAsync(cancel); }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw;
        }
        process.WaitForExit();
        if (clock != null) Console.Error.WriteLine($"docsvideo: trace: at {startedAt:0.00} s, {clock.Elapsed.TotalSeconds:0.00} s {tool.Name} {string.Join(' ', start.ArgumentList.Where(a => a.StartsWith("file:") || a.StartsWith('[')).Take(3))}");
        if (process.ExitCode != 0)
            lock (tail) throw new ToolFailedException(tool, process.ExitCode, string.Join('\n', tail));
        lock (tail) return (stdout.ToString(), stderr.ToString());
    }
}

public sealed class ToolFailedException(ExternalTool tool, int exitCode, string errorTail)
    : Exception($"{tool.Name} failed (exit code {exitCode}): {errorTail.Trim()}")
{
    public string ErrorTail { get; } = errorTail;
}
