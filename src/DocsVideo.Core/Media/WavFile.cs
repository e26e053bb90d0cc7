namespace DocsVideo.Media;

/// <summary>16-bit PCM WAV files: the format narration clips are kept in, so they can be mixed sample-exactly.</summary>
public static class WavFile
{
    public static short[] ReadMono16(string path, out int sampleRate)
    {
        var samples = Read16(path, out sampleRate, out var channels);
        if (channels == 1) return samples;
        var first = new short[samples.Length / channels];
        for (var i = 0; i < first.Length; i++) first[i] = samples[i * channels];
        return first;
    }

    /// <summary>All samples, channels interleaved.</summary>
    public static short[] Read16(string path, out int sampleRate, out int channels) =>
        TryRead16(path, out sampleRate, out channels) ?? throw new InvalidDataException($"{path} has no 16-bit PCM data");

    /// <summary>All samples, channels interleaved; null when the file is not 16-bit PCM WAV (MP3, float, 24-bit...).</summary>
    public static short[]? TryRead16(string path, out int sampleRate, out int channels)
    {
        var bytes = File.ReadAllBytes(path);
        sampleRate = 0;
        channels = 1;
        var pcm16 = false;
        if (bytes.Length < 12 || !bytes.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !bytes.AsSpan(8, 4).SequenceEqual("WAVE"u8)) return null;
        var at = 12;
        while (at + 8 <= bytes.Length)
        {
            var id = System.Text.Encoding.ASCII.GetString(bytes, at, 4);
            var size = BitConverter.ToInt32(bytes, at + 4);
            if (id == "fmt " && at + 24 <= bytes.Length)
            {
                // 1 is PCM; 0xFFFE (extensible) is how PCM with more channels or bits is labelled.
                var format = BitConverter.ToUInt16(bytes, at + 8);
                channels = Math.Max((short)1, BitConverter.ToInt16(bytes, at + 10));
                sampleRate = BitConverter.ToInt32(bytes, at + 12);
                pcm16 = format is 1 or 0xFFFE && BitConverter.ToInt16(bytes, at + 22) == 16;
            }
            else if (id == "data")
            {
                if (!pcm16 || sampleRate <= 0) return null;
                // Streamed WAVs (espeak-ng's among them) may claim more data than the file holds.
                size = Math.Min(size < 0 ? int.MaxValue : size, bytes.Length - at - 8);
                var samples = new short[size / 2 / channels * channels];
                Buffer.BlockCopy(bytes, at + 8, samples, 0, samples.Length * 2);
                return samples;
            }
            if (size < 0 || size > bytes.Length - at - 8) return null;
            at += 8 + size + (size & 1);
        }
        return null;
    }

    public static void WriteMono16(string path, ReadOnlySpan<short> samples, int sampleRate)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream);
        WriteHeader(writer, channels: 1, sampleRate, samples.Length);
        // WAV is little-endian, as is every platform .NET runs on: the samples go out as they lie in memory.
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(samples));
    }

    public static void WriteStereoFloat(string path, float[] left, float[] right, int sampleRate)
    {
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream);
        WriteHeader(writer, channels: 2, sampleRate, left.Length);
        var interleaved = new short[left.Length * 2];
        for (var i = 0; i < left.Length; i++) (interleaved[2 * i], interleaved[2 * i + 1]) = (ToPcm(left[i]), ToPcm(right[i]));
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(interleaved.AsSpan()));
    }

    /// <summary>The 44-byte header of 16-bit PCM: RIFF, fmt and data chunk sizes for the given number of frames.</summary>
    private static void WriteHeader(BinaryWriter writer, short channels, int sampleRate, int frames)
    {
        var blockAlign = (short)(channels * 2);
        var dataBytes = frames * blockAlign;
        writer.Write("RIFF"u8); writer.Write(36 + dataBytes); writer.Write("WAVE"u8);
        writer.Write("fmt "u8); writer.Write(16); writer.Write((short)1); writer.Write(channels);
        writer.Write(sampleRate); writer.Write(sampleRate * blockAlign); writer.Write(blockAlign); writer.Write((short)16);
        writer.Write("data"u8); writer.Write(dataBytes);
    }

    private static short ToPcm(float x) => (short)Math.Round(Math.Clamp(x, -1f, 1f) * 32767);
}
