using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocsVideo.Script;

/// <summary>YAML reading for the header and for multi-line directions, with errors placed at the right script line.</summary>
public static class Yaml
{
    /// <summary>Parses YAML text that starts at <paramref name="firstLine"/> of the script. Null after reporting an error.</summary>
    public static YamlNode? Parse(string text, int firstLine, int firstColumn, DiagnosticBag diagnostics, string code, string what)
    {
        // YAML forbids tabs in indentation; writers use them (DIR-02), so they count as two spaces.
        text = string.Join('\n', text.Split('\n').Select(ExpandLeadingTabs));
        try
        {
            var stream = new YamlStream();
            // A bound on aliases keeps an alias bomb from eating memory.
            stream.Load(new Parser(new Scanner(new StringReader(text))));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var line = firstLine + (int)Math.Max(e.Start.Line, 1) - 1;
            var column = e.Start.Line <= 1 ? firstColumn + (int)e.Start.Column - 1 : (int)e.Start.Column;
            var reason = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
            diagnostics.Error(code, line, Math.Max(column, 1), $"{what} is not valid YAML ({reason}); write one 'name: value' per line and quote values that start with '#' or contain ': '");
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet rejects some inputs (NUL and other control characters) outside its YamlException.
            diagnostics.Error(code, firstLine, firstColumn, $"{what} is not valid YAML ({e.Message.Split(" (Parameter")[0]}); remove control characters and write one 'name: value' per line");
            return null;
        }
    }

    public static int LineOf(YamlNode node, int firstLine) => firstLine + (int)Math.Max(node.Start.Line, 1) - 1;

    public static string? Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value : null;

    private static string ExpandLeadingTabs(string line)
    {
        var i = 0;
        while (i < line.Length && (line[i] == '\t' || line[i] == ' ')) i++;
        return line[..i].Replace("\t", "  ") + line[i..];
    }
}
