using YamlDotNet.RepresentationModel;

namespace DocsVideo.Script;

/// <summary>Reads the lines of one scene into its elements, in order, and applies its stage directions.</summary>
internal sealed class SceneReader(string[] lines, int first, int last, int number, DiagnosticBag diagnostics, Limits limits)
{
    private readonly List<SceneElement> _elements = [];
    private TransitionSpec? _transition;
    private string? _theme, _canvas;
    private double? _duration;
    private bool _fragment;
    private int? _fontSize;

    public Scene? Read()
    {
        var i = first;
        while (i <= last)
        {
            var line = lines[i];
            if (line.Trim().Length == 0) { i++; continue; }
            i = Fences.Opening(line) is { } fence ? ReadFence(i, fence)
                : line.TrimStart().StartsWith('>') ? ReadCaption(i)
                : AssetReferenceParser.IsReference(line) ? ReadAsset(i)
                : DirectionParser.NameAt(line) is { } name && DirectionParser.IsKnown(name) ? ReadDirection(i, name)
                : line.TrimStart().StartsWith("<speak>", StringComparison.OrdinalIgnoreCase) ? ReadSsml(i)
                : ReadNarration(i);
        }
        var startLine = first + 1;
        if (_elements.Count == 0 && _duration == null)
        {
            if (Enumerable.Range(first, Math.Max(0, last - first + 1)).All(k => lines[k].Trim().Length == 0))
            {
                diagnostics.Warning(DiagnosticCodes.EmptyScene, Math.Max(startLine - 1, 1), 1,
                    "this scene is empty and is skipped; remove the extra '---' or add content");
                return null;
            }
        }
        return new Scene
        {
            Number = number, StartLine = startLine, EndLine = last + 1, Elements = _elements,
            Transition = _transition, Theme = _theme, Canvas = _canvas, Duration = _duration, Fragment = _fragment,
        };
    }

    private int ReadFence(int start, string fence)
    {
        var language = Fences.Language(lines[start]);
        var end = start + 1;
        while (end <= last && !Fences.Closes(lines[end], fence)) end++;
        if (end > last)
            diagnostics.Error(DiagnosticCodes.UnclosedFence, start + 1, 1, $"this code block is never closed; add a line '{fence}' after its text");
        var text = string.Join('\n', lines[(start + 1)..Math.Min(end, last + 1)]);
        if (language.Length == 0 && text.TrimStart().StartsWith('#'))
            diagnostics.Warning(DiagnosticCodes.PlainFenceHeading, start + 1, 1,
                "a plain code block shows '#' literally (TXT-02); write ```md to draw it as a heading");
        _elements.Add(new TextSlide(start + 1, 1, language, text, _fontSize));
        return end + 1;
    }

    private int ReadCaption(int start)
    {
        var end = start;
        var text = new List<string>();
        while (end <= last && lines[end].TrimStart().StartsWith('>'))
        {
            var content = lines[end].TrimStart()[1..];
            text.Add(content.StartsWith(' ') ? content[1..] : content);
            end++;
        }
        _elements.Add(new Caption(start + 1, 1, string.Join('\n', text).Trim()));
        return end;
    }

    private int ReadAsset(int index)
    {
        _elements.Add(AssetReferenceParser.Parse(lines[index], index + 1, diagnostics));
        return index + 1;
    }

    private int ReadSsml(int start)
    {
        var end = start;
        while (end <= last && !lines[end].Contains("</speak>", StringComparison.OrdinalIgnoreCase)) end++;
        var text = string.Join('\n', lines[start..Math.Min(end + 1, last + 1)]).Trim();
        var display = System.Text.RegularExpressions.Regex.Replace(text, "<[^>]+>", "").Trim();
        _elements.Add(new Narration(start + 1, 1, display, text, IsSsml: true));
        return end + 1;
    }

    private int ReadNarration(int start)
    {
        var end = start;
        var text = new List<string>();
        while (end <= last)
        {
            var line = lines[end];
            if (line.Trim().Length == 0) break;
            if (end > start && (Fences.Opening(line) != null || line.TrimStart().StartsWith('>') || AssetReferenceParser.IsReference(line)
                                || (DirectionParser.NameAt(line) is { } n && DirectionParser.IsKnown(n)))) break;
            if (ScriptParser.IsHeading(line, out var heading))
            {
                diagnostics.Warning(DiagnosticCodes.BodyHeading, end + 1, 1,
                    "a heading outside a code block is read aloud without its '#' (SCN-11); put it in a ```md block to show it on screen");
                line = heading;
            }
            else if (DirectionParser.NameAt(line) is { } unknown && end == start)
            {
                diagnostics.Warning(DiagnosticCodes.UnknownDirection, end + 1, line.IndexOf('(') + 2,
                    $"unknown stage direction '{unknown}' is read as narration; {Suggest.DidYouMean(unknown, DirectionParser.Known)}");
            }
            text.Add(line);
            end++;
        }
        var converted = NarrationText.Convert(string.Join('\n', text));
        if (converted.Spoken.Length > 0) _elements.Add(new Narration(start + 1, 1, converted.Display, converted.Spoken, converted.IsSsml));
        return end;
    }

    private int ReadDirection(int start, string name)
    {
        var count = DirectionParser.Span(lines, start, last);
        if (count == 0)
        {
            diagnostics.Error(DiagnosticCodes.UnclosedDirection, start + 1, lines[start].IndexOf('(') + 1,
                $"the ({name}: ...) direction has no closing ')'; end it with ')' at the end of its last line");
            var skip = start + 1;
            while (skip <= last && lines[skip].Trim().Length > 0) skip++;
            return skip;
        }
        var line = start + 1;
        var column = lines[start].IndexOf('(') + 1;
        var (_, value, map) = DirectionParser.Read(lines, start, count, line, diagnostics);
        Apply(name, value.Trim(), map, line, column);
        return start + count;
    }

    private void Apply(string name, string value, YamlNode? map, int line, int column)
    {
        switch (name)
        {
            case "pause": if (Seconds(value, name, line, column, allowZero: true) is { } p) _elements.Add(new Pause(line, column, p)); break;
            case "pause-until":
                if (Values.TryClock(value, out var until) && until <= limits.MaxSceneSeconds) _elements.Add(new PauseUntil(line, column, until));
                else Invalid(name, value, line, column, "a time such as 15 or 1:06");
                break;
            case "duration": _duration = Seconds(value, name, line, column, allowZero: false) ?? _duration; break;
            case "voice" or "voice-speed" or "voice-volume" or "voice-emphasis": _elements.Add(new VoiceChange(line, column, name, value)); break;
            case "narration-mode":
                if (value is "fragment" or "normal") _fragment = value == "fragment";
                else Invalid(name, value, line, column, "fragment or normal");
                break;
            case "font-size":
                if (int.TryParse(value.Replace("px", ""), out var size) && size is >= 6 and <= 400) _fontSize = size;
                else Invalid(name, value, line, column, "a whole number of pixels from 6 to 400, e.g. 30");
                break;
            case "theme": _theme = value; break;
            case "canvas": _canvas = value; break;
            case "transition": _transition = TransitionParser.Parse(value, diagnostics, line, column) ?? _transition; break;
            case "audio": _elements.Add(new AudioClip(line, column, AssetReferenceParser.CleanPath(value))); break;
            case "image": _elements.Add(new VisualAsset(line, column, AssetReferenceParser.CleanPath(value), new AssetOptions())); break;
            case "video": ReadVideo(value, map, line, column); break;
            case "callout": ReadCallout(map, line, column); break;
            default:
                diagnostics.Error(DiagnosticCodes.HeaderOnlyDirection, line, column,
                    $"'{name}' applies to the whole video; move it into the header between the first two '---' lines");
                break;
        }
    }

    private void ReadVideo(string value, YamlNode? node, int line, int column)
    {
        if (node is not YamlMappingNode map)
        {
            _elements.Add(new VisualAsset(line, column, AssetReferenceParser.CleanPath(value), new AssetOptions()));
            return;
        }
        string? file = null;
        var options = new AssetOptions();
        foreach (var (k, v) in map.Children)
        {
            var text = Yaml.Scalar(v)?.Trim() ?? "";
            var at = Yaml.LineOf(k, line + 1) - 1;
            switch (Yaml.Scalar(k)?.Trim().ToLowerInvariant())
            {
                case "file": file = AssetReferenceParser.CleanPath(text); break;
                case "size": options = options with { Fit = AssetReferenceParser.ParseFit(text) ?? HeaderParser.Invalid<Fit?>(null, diagnostics, at, column, "size", text, "cover, contain, fit") }; break;
                case "sync":
                    if (AssetReferenceParser.ParseSync(text) is { } sync) options = options with { Sync = sync, SyncGiven = true };
                    else diagnostics.Error(DiagnosticCodes.UnknownSync, at, column, $"unknown sync '{text}'; {Suggest.DidYouMean(text, ["freeze", "match", "trim", "loop", "loop-audio"])}");
                    break;
                case "segment":
                    if (text is "start" or "end") options = options with { Still = text };
                    else if (Values.TrySegment(text, out var s, out var e)) options = AssetReferenceParser.WithSegment(options, s, e, text, diagnostics, at, column);
                    else diagnostics.Error(DiagnosticCodes.InvalidSegment, at, column, $"segment '{text}' is not START-END, e.g. '00:02 - 00:04', 'start' or 'end'");
                    break;
                case "volume":
                    if (text == "mute") options = options with { Volume = 0 };
                    else if (Values.TryNumber(text, out var volume) && volume is >= 0 and <= 10) options = options with { Volume = volume };
                    else Invalid("volume", text, at, column, "a multiplier from 0 to 10, or mute");
                    break;
                default:
                    diagnostics.Warning(DiagnosticCodes.UnknownDirection, at, column,
                        $"unknown video property '{Yaml.Scalar(k)}' is ignored; Known: file, size, segment, sync, volume");
                    break;
            }
        }
        if (file == null) diagnostics.Error(DiagnosticCodes.InvalidValue, line, column, "(video: ...) needs 'file: name.mp4'");
        else _elements.Add(new VisualAsset(line, column, file, options));
    }

    private void ReadCallout(YamlNode? node, int line, int column)
    {
        var values = new Dictionary<string, string>();
        if (node is YamlMappingNode map)
            foreach (var (k, v) in map.Children) values[(Yaml.Scalar(k) ?? "").Trim().ToLowerInvariant()] = (Yaml.Scalar(v) ?? "").Trim();
        double Get(string key) => values.TryGetValue(key, out var t) && Values.TryNumber(t, out var n) ? n : double.NaN;
        var shape = values.GetValueOrDefault("type", values.ContainsKey("left") ? "rectangle" : "circle");
        var alpha = double.IsNaN(Get("alpha")) ? 0.6 : Math.Clamp(Get("alpha"), 0, 1);
        var mask = values.GetValueOrDefault("style") == "mask";
        if (shape is "rectangle" or "rect")
        {
            double l = Get("left"), t = Get("top"), r = Get("right"), b = Get("bottom");
            if (new[] { l, t, r, b }.Any(double.IsNaN) || r <= l || b <= t)
                diagnostics.Error(DiagnosticCodes.CalloutKeys, line, column, "a rectangle callout needs numbers left, top, right and bottom, with right > left and bottom > top");
            else _elements.Add(new Callout(line, column, CalloutShape.Rectangle, l, t, r, b, alpha, mask));
        }
        else
        {
            double cx = Get("cx"), cy = Get("cy"), size = Get("size");
            if (new[] { cx, cy, size }.Any(double.IsNaN) || size <= 0)
                diagnostics.Error(DiagnosticCodes.CalloutKeys, line, column, "a circle callout needs numbers cx, cy and size (the radius), e.g. cx: 400, cy: 300, size: 80");
            else _elements.Add(new Callout(line, column, CalloutShape.Circle, cx - size, cy - size, cx + size, cy + size, alpha, mask));
        }
    }

    private double? Seconds(string value, string name, int line, int column, bool allowZero)
    {
        if (Values.TryNumber(value, out var seconds) && (seconds > 0 || (allowZero && seconds == 0)) && seconds <= limits.MaxSceneSeconds) return seconds;
        Invalid(name, value, line, column, $"a number of seconds {(allowZero ? "from 0" : "above 0")} up to {Values.Format(limits.MaxSceneSeconds)} (DocsVideoMaxSceneSeconds), e.g. 1.5");
        return null;
    }

    private void Invalid(string name, string value, int line, int column, string expected) =>
        diagnostics.Error(DiagnosticCodes.InvalidValue, line, column, $"({name}: {value}) is not valid; write {expected}");
}
