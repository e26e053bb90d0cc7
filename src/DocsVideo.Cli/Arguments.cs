namespace DocsVideo.Cli;

/// <summary>A small command line: a command word, files, <c>--name value</c> options and <c>--flag</c> switches.</summary>
public sealed class Arguments
{
    private static readonly string[] Switches = ["--json", "--draft", "--help", "-h"];

    public string Command { get; private init; } = "";
    public List<string> Files { get; } = [];
    public Dictionary<string, List<string>> Options { get; } = [];

    public static Arguments Parse(string[] args)
    {
        var result = new Arguments { Command = args.Length > 0 ? args[0] : "" };
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (Switches.Contains(arg)) result.Add(arg, "true");
            else if (arg.StartsWith('-') && arg.Length > 1)
            {
                if (i + 1 >= args.Length) throw new UsageException($"option {arg} needs a value");
                result.Add(arg, args[++i]);
            }
            else result.Files.Add(arg);
        }
        return result;
    }

    public string? Get(params string[] names) => names.Select(n => Options.GetValueOrDefault(n)?.LastOrDefault()).FirstOrDefault(v => v != null);

    public IReadOnlyList<string> All(string name) => Options.GetValueOrDefault(name) ?? [];

    public bool Has(string name) => Options.ContainsKey(name);

    private void Add(string name, string value)
    {
        if (!Options.TryGetValue(name, out var list)) Options[name] = list = [];
        list.Add(value);
    }
}

public sealed class UsageException(string message) : Exception(message);
