namespace DocsVideo.Speech;

/// <summary>A paragraph could not be voiced; the message says why and never contains a key.</summary>
public sealed class SpeechException(string message, Exception? inner = null) : Exception(message, inner);
