using DocsVideo.Tools;

namespace DocsVideo.Speech;

/// <summary>
/// Any local text-to-speech program (piper, festival's text2wave, ...): the text goes in on standard input, a WAV
/// comes out. The command line is a template such as <c>piper --model {voice} --output_file {output}</c>; it is split
/// into arguments here and started without a shell, so narration text is never read as a command.
/// </summary>
public sealed class CommandEngine(string template) : ISpeechEngine
{
    public string Name => "command";

    /// <summary>The template itself: a different program or model is a different voice.</summary>
    public string Version => "command:" + template;

    public async Task SynthesizeAsync(SpeechRequest request, string wavPath, CancellationToken cancel)
    {
        var words = Split(template);
        if (words.Count == 0) throw new SpeechException("the speech command is empty; set DocsVideoSpeechCommand, e.g. 'piper --model {voice} --output_file {output}'");
        var arguments = words.Skip(1).Select(w => w.Replace("{voice}", request.Voice.EngineVoice).Replace("{output}", wavPath)).ToList();
        var tool = new ExternalTool(words[0], words[0]);
        await ToolRunner.RunAsync(tool, arguments, cancel, standardInput: SpeechMarkup.Plain(request));
        if (!File.Exists(wavPath)) throw new SpeechException($"the speech command '{words[0]}' wrote no file at {{output}}; check its arguments");
    }

    /// <summary>Splits on spaces, keeping "quoted parts" together.</summary>
    public static List<string> Split(string commandLine)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        var quote = '\0';
        foreach (var c in commandLine)
        {
            if (quote != '\0') { if (c == quote) quote = '\0'; else current.Append(c); }
            else if (c is '"' or '\'') quote = c;
            else if (char.IsWhiteSpace(c)) { if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); } }
            else current.Append(c);
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }
}
