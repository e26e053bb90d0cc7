using System.Security.Cryptography;
using System.Text;

namespace DocsVideo.Caching;

/// <summary>SHA-256 content keys, written as short lowercase hex.</summary>
public static class Hash
{
    public static string Of(params string[] parts) => Of(string.Join("\u001f", parts));

    public static string Of(string text) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Hex(SHA256.HashData(stream));
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes)[..32];
}
