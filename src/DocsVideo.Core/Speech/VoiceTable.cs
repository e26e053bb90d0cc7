namespace DocsVideo.Speech;

/// <summary>
/// Voice names from scripts (VOI-01 and real scripts) mapped to espeak-ng voices, case-insensitively (VOI-04).
/// A project extends or overrides the table with a file of lines <c>Name = engine:voice language</c>.
/// </summary>
public sealed class VoiceTable
{
    /// <summary>[OURS] HDR-11 leaves the default open: a neutral American English voice.</summary>
    public const string DefaultName = "default";

    private readonly Dictionary<string, Voice> _voices = new(StringComparer.OrdinalIgnoreCase);

    public VoiceTable()
    {
        Add("default", "en-us", "en-US");
        AddAll("en-gb+m3", "en-GB", "William", "Charles", "Brian", "Rodney", "Bruce", "Liam");
        AddAll("en-gb+f3", "en-GB", "Carol", "Elisabeth", "Kylie", "Kate");
        AddAll("en-us+m3", "en-US", "Mike", "Bill", "Jeff", "Matt", "Keith", "Jack", "Kirk", "Joey", "Justin");
        AddAll("en-us+f3", "en-US", "Sarah", "Lisa", "Joanna", "Brooke", "Hannah", "Julia", "Jackie", "Kimberly", "Salli");
        AddAll("de+f3", "de-DE", "Monika", "Marlene");
        AddAll("de+m3", "de-DE", "Florian", "Helmut", "Hans");
        AddAll("fr+m3", "fr-FR", "Alain", "Jean", "Mathieu");
        AddAll("fr+f3", "fr-FR", "Margot", "Sophie", "Celine");
        AddAll("es+f3", "es-ES", "Carmen", "Conchita", "Lucia");
        AddAll("nl+f3", "nl-NL", "Maartje", "Lotte");
        AddAll("sv+f3", "sv-SE", "Ingrid", "Astrid");
        AddAll("it+m3", "it-IT", "Mario", "Giorgio");
        AddAll("it+f3", "it-IT", "Laura", "Carla", "Bianca");
        AddAll("ja", "ja-JP", "Akira", "Yuriko", "Mizuki", "Takumi");
        AddAll("ko+f3", "ko-KR", "Chae-Won", "Seoyeon");
        AddAll("ko+m3", "ko-KR", "Min-Ho");
        AddAll("cmn", "zh-CN", "Dawei", "Zhiyu", "Xiaoxiao");
    }

    public IEnumerable<string> Names => _voices.Keys.Order(StringComparer.OrdinalIgnoreCase);

    public bool TryGet(string name, out Voice voice) => _voices.TryGetValue(name.Trim(), out voice!);

    public void Set(Voice voice) => _voices[voice.Name] = voice;

    /// <summary>Reads override lines <c>Name = engine:voice language</c>, e.g. <c>Yuriko = command:ja_JP-kokoro ja-JP</c>.</summary>
    public void Load(string path)
    {
        var number = 0;
        foreach (var raw in File.ReadAllLines(path))
        {
            number++;
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0) continue;
            var equals = line.IndexOf('=');
            var rest = equals < 0 ? [] : line[(equals + 1)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (equals <= 0 || rest.Length == 0)
                throw new VoiceTableException(path, number);
            var engineVoice = rest[0].Split(':', 2);
            Set(new Voice(line[..equals].Trim(), engineVoice.Length == 2 ? engineVoice[0] : "espeak", engineVoice[^1], rest.Length > 1 ? rest[1] : "en-US"));
        }
    }

    private void Add(string name, string espeakVoice, string language) => _voices[name] = new Voice(name, "espeak", espeakVoice, language);

    private void AddAll(string espeakVoice, string language, params string[] names)
    {
        foreach (var name in names) Add(name, espeakVoice, language);
    }
}
