namespace DocsVideo.Speech;

/// <summary>A line of a voices file that is not <c>Name = engine:voice language</c>.</summary>
public sealed class VoiceTableException(string path, int line)
    : Exception("write 'Name = engine:voice language', e.g. 'Joanna = azure:en-US-JennyNeural en-US'")
{
    public string Path { get; } = path;
    public int Line { get; } = line;
}
