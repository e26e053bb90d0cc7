namespace DocsVideo.Script;

public enum Severity { Warning, Error }

/// <summary>One problem found in a script or its assets, in the canonical MSBuild format.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string File, int Line, int Column, string Message, int EndColumn = 0)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary><c>path(line,col[,line,endcol]): error DV1234: message</c>, which MSBuild turns into a real error.</summary>
    public override string ToString()
    {
        var position = Line <= 0 ? "" : EndColumn > Column ? $"({Line},{Column},{Line},{EndColumn})" : $"({Line},{Math.Max(Column, 1)})";
        var kind = IsError ? "error" : "warning";
        return $"{File}{position}: {kind} {Code}: {Message}";
    }
}
