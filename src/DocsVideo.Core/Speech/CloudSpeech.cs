using System.Net;

namespace DocsVideo.Speech;

/// <summary>
/// What cloud speech engines share: the key from an environment variable (never logged, never in a cache key),
/// retries with the server's Retry-After when throttled, a time limit, and errors that name the variable to fix.
/// </summary>
public static class CloudSpeech
{
    public const int Attempts = 4;

    public static string Key(string variable, string engine) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } key
            ? key
            : throw new SpeechException($"the {engine} speech engine needs its key in the environment variable {variable}");

    public static async Task<byte[]> SendAsync(HttpClient client, Func<HttpRequestMessage> request, string engine, string keyVariable, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try { response = await client.SendAsync(request(), cancel); }
            catch (TaskCanceledException e) when (!cancel.IsCancellationRequested)
            {
                throw new SpeechException($"the {engine} speech service did not answer within {client.Timeout.TotalSeconds:0} s", e);
            }
            catch (HttpRequestException e)
            {
                throw new SpeechException($"the {engine} speech service could not be reached ({e.Message})", e);
            }
            using (response)
            {
                if (response.IsSuccessStatusCode) return await response.Content.ReadAsByteArrayAsync(cancel);
                if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                    throw new SpeechException($"the {engine} speech service refused the key (HTTP {(int)response.StatusCode}); check {keyVariable}");
                var retriable = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway;
                if (!retriable || attempt == Attempts)
                {
                    var body = (await response.Content.ReadAsStringAsync(cancel)).Trim();
                    throw new SpeechException($"the {engine} speech service answered HTTP {(int)response.StatusCode}{(retriable ? $" after {attempt} tries" : "")}: {body[..Math.Min(body.Length, 200)]}");
                }
                var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));
                await Task.Delay(wait > TimeSpan.FromSeconds(30) ? TimeSpan.FromSeconds(30) : wait, cancel);
            }
        }
    }
}
