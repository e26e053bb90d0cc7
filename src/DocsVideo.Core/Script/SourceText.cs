using System.Text;

namespace DocsVideo.Script;

/// <summary>
/// The script's lines, ready to split: BOM dropped, CRLF and CR turned into LF, and HTML comments blanked out
/// before scenes are split (SCN-05), so a comment can hide whole scenes. Blanking keeps every line and column.
/// </summary>
public static class SourceText
{
    public static string[] Lines(string text, DiagnosticBag diagnostics)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var lines = text.Split('\n');
        BlankComments(lines, diagnostics);
        return lines;
    }

    private static void BlankComments(string[] lines, DiagnosticBag diagnostics)
    {
        string? fence = null;
        int commentLine = 0, commentColumn = 0;
        var inComment = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!inComment && fence == null && Fences.Opening(line) is { } opened) { fence = opened; continue; }
            if (!inComment && fence != null) { if (Fences.Closes(line, fence)) fence = null; continue; }

            var builder = new StringBuilder(line);
            var at = 0;
            while (at < line.Length)
            {
                if (!inComment)
                {
                    var start = line.IndexOf("<!--", at, StringComparison.Ordinal);
                    if (start < 0) break;
                    inComment = true; commentLine = i + 1; commentColumn = start + 1;
                    Blank(builder, start, 4); at = start + 4;
                }
                else
                {
                    var end = line.IndexOf("-->", at, StringComparison.Ordinal);
                    if (end < 0) { Blank(builder, at, line.Length - at); break; }
                    Blank(builder, at, end + 3 - at); at = end + 3; inComment = false;
                }
            }
            if (inComment && at == 0) Blank(builder, 0, line.Length);
            lines[i] = builder.ToString();
        }
        if (inComment)
            diagnostics.Error(DiagnosticCodes.UnclosedComment, commentLine, commentColumn,
                "this HTML comment is never closed, so it hides the rest of the script; end it with '-->'");
    }

    private static void Blank(StringBuilder builder, int start, int count)
    {
        for (var k = start; k < start + count && k < builder.Length; k++) builder[k] = ' ';
    }
}
