using System.Runtime.InteropServices;
using DocsVideo.Script;
using DocsVideo.Cli;

const string Usage = """
    docsvideo: narrated tutorial videos from .vmd scripts

      docsvideo check FILE...                    report every problem in the scripts; exit 1 on errors
      docsvideo plan FILE [--json]               print the timeline (frames, scenes, narration, cues)
      docsvideo render FILE [-o OUT.mp4]         render the video (default: FILE with .mp4 beside it)
      docsvideo prune --cache DIR [--cache-limit SIZE]   shrink the cache to SIZE (default 0: empty it)

    options:
      --cache DIR        cache folder (default: obj/docsvideo/cache beside the script)
      --asset-root DIR   a folder assets may come from (repeatable; default: the script's folder)
      --voices FILE      voice table lines 'Name = engine:voice language' that add to or override the built-in names
      --speech-command "PROGRAM ARGS"  the program voices with engine 'command' use, e.g. "piper --model {voice} --output_file {output}"
      --ducking on|off   lower the background music under speech (default off; the header's 'ducking' wins)
      --loudness LUFS|off  loudness target of the final mix (default -16; the header's 'loudness' wins)
      --deps FILE        (render) write the files the video was made from, one per line
      --draft            (render) half size, fast low-quality encoding, for quick previews
      --cache-limit SIZE the cache is pruned to SIZE after a render, least recently used first (default 4GB)
      --max-frame-side PX, --max-scene-seconds S, --max-scenes N
                         limits on what a script may ask for (defaults 7680, 3600, 5000)
    """;

// Ctrl+C and SIGTERM (MSBuild cancelling the build) stop the render cleanly: ffmpeg children are killed and no
// half-written file is left; the previous video stays as it was.
var cancel = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    cancel.Cancel();
}

try
{
    var args0 = Arguments.Parse(args);
    if (args0.Command is "" or "help" or "--help" or "-h" || args0.Has("--help") || args0.Has("-h"))
    {
        Console.WriteLine(Usage);
        return args0.Command is "" ? 2 : 0;
    }
    return args0.Command switch
    {
        "check" => Commands.Check(args0),
        "plan" => await Commands.PlanAsync(args0, cancel.Token),
        "render" => await Commands.RenderAsync(args0, cancel.Token),
        "prune" => Commands.Prune(args0),
        _ => throw new UsageException($"unknown command '{args0.Command}'; use check, plan, render or prune"),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine($"docsvideo: {e.Message}\n\n{Usage}");
    return 2;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("docsvideo: cancelled");
    return 130;
}
catch (Exception e)
{
    // Never a stack trace instead of a diagnostic: MSBuild shows this line as an error with its code.
    Console.WriteLine($"docsvideo : error {DiagnosticCodes.Internal}: internal error ({e.GetType().Name}: {e.Message.Split('\n')[0]}); please report it");
    return 1;
}
