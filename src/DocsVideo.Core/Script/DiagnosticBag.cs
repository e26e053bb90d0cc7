namespace DocsVideo.Script;

/// <summary>Collects every diagnostic of one script so that a writer sees them all at once, not just the first.</summary>
public sealed class DiagnosticBag(string file)
{
    private readonly List<Diagnostic> _items = [];

    public string File { get; } = file;
    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.IsError);

    public void Error(string code, int line, int column, string message, int endColumn = 0) =>
        _items.Add(new Diagnostic(code, Severity.Error, File, line, column, message, endColumn));

    public void Warning(string code, int line, int column, string message, int endColumn = 0) =>
        _items.Add(new Diagnostic(code, Severity.Warning, File, line, column, message, endColumn));

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);
}
