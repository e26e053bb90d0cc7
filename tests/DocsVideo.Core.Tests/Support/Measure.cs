using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace DocsVideo.Core.Tests;

/// <summary>What a viewer would notice, measured with the real ffmpeg: sizes, durations, pixels, loudness, cues.</summary>
public static class Measure
{
    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {error.Result}");
        return output.Result;
    }

    private static byte[] RunBytes(params string[] arguments)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-hide_banner", "-v", "error" }.Concat(arguments)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        using var memory = new MemoryStream();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(memory);
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"ffmpeg failed: {error.Result}");
        return memory.ToArray();
    }

    public static void Ffmpeg(params string[] arguments) => Run("ffmpeg", ["-hide_banner", "-v", "error", "-y", .. arguments]);

    public static JsonElement Probe(string path) =>
        JsonDocument.Parse(Run("ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", path)).RootElement;

    public static double Duration(string path) =>
        double.Parse(Probe(path).GetProperty("format").GetProperty("duration").GetString()!, CultureInfo.InvariantCulture);

    public static JsonElement Stream(string path, string type) =>
        Probe(path).GetProperty("streams").EnumerateArray().First(s => s.GetProperty("codec_type").GetString() == type);

    /// <summary>Frames in the video stream, counted by decoding it (not read from the header).</summary>
    public static int FrameCount(string path) => int.Parse(Run("ffprobe", "-v", "error", "-count_frames", "-select_streams", "v",
        "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", path).Trim(), CultureInfo.InvariantCulture);

    public static int CountStreams(string path, string type) =>
        Probe(path).GetProperty("streams").EnumerateArray().Count(s => s.GetProperty("codec_type").GetString() == type);

    /// <summary>The RGB colour at (x, y) of the frame shown at <paramref name="seconds"/>.</summary>
    public static (int R, int G, int B) Pixel(string path, double seconds, int x, int y)
    {
        var frame = RunBytes("-ss", seconds.ToString(CultureInfo.InvariantCulture), "-i", path, "-frames:v", "1",
            "-vf", $"crop=2:2:{x / 2 * 2}:{y / 2 * 2}", "-f", "rawvideo", "-pix_fmt", "rgb24", "-");
        return (frame[0], frame[1], frame[2]);
    }

    /// <summary>The share of pixels darker than mid-grey in a region of the frame shown at <paramref name="seconds"/>.</summary>
    public static double DarkShare(string path, double seconds, int x, int y, int width, int height)
    {
        var frame = RunBytes("-ss", seconds.ToString(CultureInfo.InvariantCulture), "-i", path, "-frames:v", "1",
            "-vf", $"crop={width}:{height}:{x}:{y}", "-f", "rawvideo", "-pix_fmt", "gray", "-");
        return frame.Count(b => b < 100) / (double)frame.Length;
    }

    /// <summary>Every pixel of a region of the frame shown at <paramref name="seconds"/>, as RGB.</summary>
    public static List<(int R, int G, int B)> Pixels(string path, double seconds, int x, int y, int width, int height)
    {
        var frame = RunBytes("-ss", seconds.ToString(CultureInfo.InvariantCulture), "-i", path, "-frames:v", "1",
            "-vf", $"crop={width}:{height}:{x}:{y}", "-f", "rawvideo", "-pix_fmt", "rgb24", "-");
        return Enumerable.Range(0, frame.Length / 3).Select(i => ((int)frame[i * 3], (int)frame[i * 3 + 1], (int)frame[i * 3 + 2])).ToList();
    }

    /// <summary>Structural similarity (SSIM, 0..1) of two pictures of one size, as ffmpeg's ssim filter measures it.</summary>
    public static double Ssim(string picture, string reference)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-hide_banner", "-i", picture, "-i", reference, "-lavfi", "ssim", "-f", "null", "-" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var all = System.Text.RegularExpressions.Regex.Match(error, @"All:([0-9.]+)");
        if (process.ExitCode != 0 || !all.Success) throw new InvalidOperationException($"ffmpeg ssim failed: {error}");
        return double.Parse(all.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The whole frame shown at <paramref name="seconds"/> in grey levels, indexed [y, x].</summary>
    public static byte[,] Grey(string path, double seconds)
    {
        var video = Stream(path, "video");
        int width = video.GetProperty("width").GetInt32(), height = video.GetProperty("height").GetInt32();
        var frame = RunBytes("-ss", seconds.ToString(CultureInfo.InvariantCulture), "-i", path, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "gray", "-");
        var grid = new byte[height, width];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                grid[y, x] = frame[y * width + x];
        return grid;
    }

    /// <summary>Lines of dark text on a light frame: the row ranges that hold ink, top to bottom, with the ink pixels of each.</summary>
    public static List<(int Top, int Bottom, List<(int X, int Y)> Ink)> TextBands(byte[,] grey, int darkBelow = 110)
    {
        var bands = new List<(int, int, List<(int, int)>)>();
        List<(int, int)>? ink = null;
        var top = 0;
        for (var y = 0; y < grey.GetLength(0); y++)
        {
            var row = Enumerable.Range(0, grey.GetLength(1)).Where(x => grey[y, x] < darkBelow).Select(x => (x, y)).ToList();
            if (row.Count > 0) { if (ink == null) { ink = []; top = y; } ink.AddRange(row); }
            else if (ink != null) { bands.Add((top, y - 1, ink)); ink = null; }
        }
        if (ink != null) bands.Add((top, grey.GetLength(0) - 1, ink));
        return bands;
    }

    /// <summary>RMS amplitude (in 16-bit sample units) of a WAV's first channel, 0 for an empty file.</summary>
    public static double Rms(string wav) => DocsVideo.Media.WavFile.ReadMono16(wav, out _) is { Length: > 0 } samples
        ? Math.Sqrt(samples.Average(x => (double)x * x)) : 0;

    /// <summary>RMS level in dBFS of the sound between two times (mono mix).</summary>
    public static double Loudness(string path, double from, double to, string filter = "anull")
    {
        var pcm = RunBytes("-ss", from.ToString(CultureInfo.InvariantCulture), "-t", (to - from).ToString(CultureInfo.InvariantCulture),
            "-i", path, "-map", "0:a:0", "-af", filter, "-ac", "1", "-ar", "16000", "-f", "s16le", "-");
        var samples = pcm.Length / 2;
        if (samples == 0) return double.NegativeInfinity;
        double sum = 0;
        for (var i = 0; i < samples; i++) { var s = BitConverter.ToInt16(pcm, i * 2) / 32768.0; sum += s * s; }
        return 10 * Math.Log10(Math.Max(sum / samples, 1e-12));
    }

    /// <summary>Integrated loudness (EBU R128) of the whole sound track, in LUFS.</summary>
    public static double IntegratedLoudness(string path)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-hide_banner", "-nostats", "-i", path, "-map", "0:a:0", "-af", "ebur128", "-f", "null", "-" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').Last(l => l.Trim().StartsWith("I:"));
        return double.Parse(line.Trim()[2..].Replace("LUFS", "").Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>The cues of the first subtitle track as (start, end, text).</summary>
    public static List<(double Start, double End, string Text)> Cues(string path)
    {
        var srt = Run("ffmpeg", "-hide_banner", "-v", "error", "-i", path, "-map", "0:s:0", "-f", "srt", "-");
        var cues = new List<(double, double, string)>();
        foreach (var block in srt.Replace("\r", "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n');
            if (lines.Length < 3) continue;
            var times = lines[1].Split(" --> ");
            cues.Add((Seconds(times[0]), Seconds(times[1]), string.Join("\n", lines[2..])));
        }
        return cues;
    }

    private static double Seconds(string time) => TimeSpan.ParseExact(time.Trim(), @"hh\:mm\:ss\,fff", CultureInfo.InvariantCulture).TotalSeconds;

    public static void SolidImage(string path, int width, int height, string color) =>
        Ffmpeg("-f", "lavfi", "-i", $"color=c={color}:s={width}x{height}", "-frames:v", "1", "-update", "1", path);

    /// <summary>A clip that shows <paramref name="first"/> for its first half and <paramref name="second"/> after.</summary>
    public static void TwoColourClip(string path, double seconds, string first, string second, int width = 320, int height = 180) =>
        Ffmpeg("-f", "lavfi", "-i", $"color=c={first}:s={width}x{height}:r=25:d={seconds / 2}", "-f", "lavfi",
            "-i", $"color=c={second}:s={width}x{height}:r=25:d={seconds / 2}", "-filter_complex", "[0:v][1:v]concat=n=2:v=1:a=0",
            "-c:v", "libx264", "-pix_fmt", "yuv420p", path);
}
