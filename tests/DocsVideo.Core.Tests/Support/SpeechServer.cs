using System.Net;
using System.Net.Sockets;

namespace DocsVideo.Core.Tests;

/// <summary>
/// A loopback HTTP server that answers like a cloud speech provider: each request goes to a handler that checks what
/// the provider's documentation asks for and returns audio or the provider's error answers.
/// </summary>
public sealed class SpeechServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerRequest, string, int, (int Status, byte[] Body, string? RetryAfter, int DelayMs)> _handler;
    private int _count;

    public List<(string Path, Dictionary<string, string> Headers, string Body)> Requests { get; } = [];
    public string Url { get; }

    public SpeechServer(Func<HttpListenerRequest, string, int, (int Status, byte[] Body, string? RetryAfter, int DelayMs)> handler)
    {
        _handler = handler;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); } catch (Exception) { return; }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            lock (Requests) Requests.Add((context.Request.Url!.AbsolutePath, headers, body));
            var (status, answer, retryAfter, delay) = _handler(context.Request, body, Interlocked.Increment(ref _count));
            if (delay > 0) await Task.Delay(delay);
            context.Response.StatusCode = status;
            if (retryAfter != null) context.Response.AddHeader("Retry-After", retryAfter);
            try
            {
                await context.Response.OutputStream.WriteAsync(answer);
                context.Response.Close();
            }
            catch (Exception) { }
        }
    }

    /// <summary>A 48 kHz mono 16-bit WAV of a 440 Hz tone: what the provider sends back as speech.</summary>
    public static byte[] ToneWav(double seconds)
    {
        var path = Path.GetTempFileName();
        var samples = Enumerable.Range(0, (int)(seconds * 48000)).Select(i => (short)(Math.Sin(2 * Math.PI * 440 * i / 48000) * 12000)).ToArray();
        DocsVideo.Media.WavFile.WriteMono16(path, samples, 48000);
        var bytes = File.ReadAllBytes(path);
        File.Delete(path);
        return bytes;
    }

    public void Dispose() => _listener.Close();
}
