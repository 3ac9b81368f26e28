using System.Text.Json;
using NewsQuality.Analysis;
using NewsQuality.Model;
using NewsQuality.Rules;
using NewsQuality.Scoring;

namespace NewsQuality.Configuration;

/// <summary>A configuration error, naming the file and the key, as users need to fix it.</summary>
public sealed class ConfigException(string message) : Exception(message);

/// <summary>
/// <c>newsquality.json</c>: per-rule enablement, severity, threshold and options, include/exclude globs, the
/// score thresholds for review and fail, and the user's own known people and calqued section labels. JSON with comments and trailing commas; unknown keys and bad values are
/// errors naming the key and the file.
/// </summary>
public sealed record NewsQualityConfig
{
    public const string FileName = "newsquality.json";

    public string? Path { get; init; }
    public IReadOnlyDictionary<string, RuleSettings> Rules { get; init; } = new Dictionary<string, RuleSettings>();
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public ScoringPolicy Scoring { get; init; } = ScoringPolicy.Default;

    /// <summary>People the entity rules should know besides the shipped public figures (NQ2002–NQ2004).</summary>
    public IReadOnlyList<Knowledge.PublicFigure> KnownPeople { get; init; } = [];

    /// <summary>Calqued section labels of the user's sources, with the English section name (NQ2006).</summary>
    public IReadOnlyDictionary<string, string> SectionLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>The nearest newsquality.json in <paramref name="directory"/> or a folder above it, or null.</summary>
    public static string? Discover(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public AnalysisOptions ApplyTo(AnalysisOptions options)
    {
        var applied = options with { RuleOverrides = Rules, Scoring = Scoring, SectionLabels = SectionLabels };
        // Only the user's own people load the shipped gazetteer here; otherwise the rules that need it load it.
        return KnownPeople.Count == 0 ? applied : applied with { Gazetteer = options.Gazetteer.WithFigures(KnownPeople) };
    }

    public static NewsQualityConfig Load(string path, RuleCatalog catalog)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot read configuration: {e.Message}");
        }
        using (document)
        {
            try
            {
                return Read(document.RootElement, path, catalog);
            }
            catch (InvalidOperationException e) // a string with a lone surrogate escape ("\uDDDD") parses but cannot be read
            {
                throw new ConfigException($"{path}: cannot read configuration: {e.Message}");
            }
        }
    }

    private static NewsQualityConfig Read(JsonElement document, string path, RuleCatalog catalog)
    {
        var root = Expect(document, JsonValueKind.Object, path, "(top level)");
        var config = new NewsQualityConfig { Path = path };
        foreach (var property in root.EnumerateObject())
        {
            config = property.Name switch
            {
                "rules" => config with { Rules = ReadRules(property.Value, path, catalog) },
                "include" => config with { Include = ReadStrings(property.Value, path, "include") },
                "exclude" => config with { Exclude = ReadStrings(property.Value, path, "exclude") },
                "scoring" => config with { Scoring = ReadScoring(property.Value, path) },
                "knownPeople" => config with { KnownPeople = ReadPeople(property.Value, path) },
                "sectionLabels" => config with
                {
                    SectionLabels = Expect(property.Value, JsonValueKind.Object, path, "sectionLabels").EnumerateObject()
                        .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : throw Bad(path, $"sectionLabels.{p.Name}", "the English section name, a string"), StringComparer.OrdinalIgnoreCase),
                },
                _ => throw new ConfigException($"{path}: unknown key \"{property.Name}\" (known: rules, include, exclude, scoring, knownPeople, sectionLabels)"),
            };
        }
        return config;
    }

    private static Dictionary<string, RuleSettings> ReadRules(JsonElement element, string path, RuleCatalog catalog)
    {
        var rules = new Dictionary<string, RuleSettings>(StringComparer.Ordinal);
        foreach (var entry in Expect(element, JsonValueKind.Object, path, "rules").EnumerateObject())
        {
            var rule = catalog.Find(entry.Name) ?? throw new ConfigException($"{path}: rules.{entry.Name}: no such rule ('newsquality rules' lists them)");
            var key = $"rules.{entry.Name}";
            var settings = RuleSettings.Defaults(rule.Descriptor);
            if (entry.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                rules[rule.Descriptor.Id] = settings with { Enabled = entry.Value.GetBoolean() };
                continue;
            }
            foreach (var field in Expect(entry.Value, JsonValueKind.Object, path, key).EnumerateObject())
            {
                settings = field.Name switch
                {
                    "enabled" => settings with { Enabled = field.Value.ValueKind is JsonValueKind.True or JsonValueKind.False ? field.Value.GetBoolean() : throw Bad(path, $"{key}.enabled", "true or false") },
                    "severity" => settings with { Severity = SeverityNames.TryParse(field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : null, out var severity) ? severity : throw Bad(path, $"{key}.severity", "\"info\", \"warning\" or \"error\"") },
                    "threshold" => settings with { Threshold = Within(Threshold, Number(field.Value, path, $"{key}.threshold"), path, $"{key}.threshold") },
                    "options" => settings with { Options = ReadOptions(field.Value, path, $"{key}.options", rule.Descriptor) },
                    _ => throw new ConfigException($"{path}: unknown key \"{key}.{field.Name}\" (known: enabled, severity, threshold, options)"),
                };
            }
            rules[rule.Descriptor.Id] = settings;
        }
        return rules;
    }

    /// <summary>A rule's options: each one the rule declares, a number within its range.</summary>
    private static Dictionary<string, double> ReadOptions(JsonElement element, string path, string key, RuleDescriptor descriptor) =>
        Expect(element, JsonValueKind.Object, path, key).EnumerateObject().ToDictionary(o => o.Name, o =>
        {
            var option = descriptor.Options.FirstOrDefault(d => d.Name == o.Name)
                ?? throw new ConfigException($"{path}: unknown key \"{key}.{o.Name}\" ({(descriptor.Options.Count == 0 ? $"{descriptor.Id} has no options" : "known: " + string.Join(", ", descriptor.Options.Select(d => d.Name)))})");
            var value = Number(o.Value, path, $"{key}.{o.Name}");
            return option.Range.Problem(value) is { } problem ? throw Bad(path, $"{key}.{o.Name}", problem) : value;
        });

    /// <summary>A JSON number as a double; one too large for a double (1e400) is out of range, not infinity.</summary>
    private static double Number(JsonElement element, string path, string key) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var value) && double.IsFinite(value) ? value : throw Bad(path, key, "a number");

    /// <summary>[{ "name": "…", "aliases": ["…"], "country": "…", "role": "…" }]: name required, the rest optional.</summary>
    private static IReadOnlyList<Knowledge.PublicFigure> ReadPeople(JsonElement element, string path) =>
        Expect(element, JsonValueKind.Array, path, "knownPeople").EnumerateArray().Select((person, i) =>
        {
            var key = $"knownPeople[{i}]";
            string? name = null, country = null, role = null;
            IReadOnlyList<string> aliases = [];
            foreach (var field in Expect(person, JsonValueKind.Object, path, key).EnumerateObject())
            {
                switch (field.Name)
                {
                    case "name": name = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : throw Bad(path, $"{key}.name", "a string"); break;
                    case "country": country = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : throw Bad(path, $"{key}.country", "a string"); break;
                    case "role": role = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString() : throw Bad(path, $"{key}.role", "a string"); break;
                    case "aliases": aliases = ReadStrings(field.Value, path, $"{key}.aliases"); break;
                    default: throw new ConfigException($"{path}: unknown key \"{key}.{field.Name}\" (known: name, aliases, country, role)");
                }
            }
            if (string.IsNullOrWhiteSpace(name) || !name.Contains(' ')) throw Bad(path, $"{key}.name", "a full name (given name and surname)");
            return new Knowledge.PublicFigure(name, aliases, country ?? "", role is null ? [] : [new Knowledge.FigureRole(role, country ?? "", null, null)]);
        }).ToList();

    private static ScoringPolicy ReadScoring(JsonElement element, string path)
    {
        var policy = ScoringPolicy.Default;
        foreach (var field in Expect(element, JsonValueKind.Object, path, "scoring").EnumerateObject())
        {
            var key = $"scoring.{field.Name}";
            if (field.Name == "minScore")
            {
                policy = policy with { MinScores = ReadMinScores(field.Value, path, key) };
                continue;
            }
            var value = Number(field.Value, path, key);
            policy = field.Name switch
            {
                "reviewBelow" => policy with { ReviewBelow = (int)Within(ScoreBound, value, path, key) },
                "failBelow" => policy with { FailBelow = (int)Within(ScoreBound, value, path, key) },
                "errorPenalty" => policy with { ErrorPenalty = Within(Penalty, value, path, key) },
                "warningPenalty" => policy with { WarningPenalty = Within(Penalty, value, path, key) },
                "infoPenalty" => policy with { InfoPenalty = Within(Penalty, value, path, key) },
                _ => throw new ConfigException($"{path}: unknown key \"{key}\" (known: reviewBelow, failBelow, errorPenalty, warningPenalty, infoPenalty, minScore)"),
            };
        }
        return policy.FailBelow <= policy.ReviewBelow ? policy : throw Bad(path, "scoring.failBelow", "at most scoring.reviewBelow");
    }

    /// <summary>
    /// <c>"minScore": 70</c> gates the overall score; <c>"minScore": { "overall": 70, "translation": 60 }</c> also, or
    /// only, the families named.
    /// </summary>
    private static IReadOnlyList<ScoreFloor> ReadMinScores(JsonElement element, string path, string key)
    {
        if (element.ValueKind == JsonValueKind.Number) return [new ScoreFloor(null, (int)Within(MinScore, Number(element, path, key), path, key))];
        if (element.ValueKind != JsonValueKind.Object)
            throw Bad(path, key, $"a whole number from 0 to 100, or an object of such numbers by score ({ScoreFloor.OverallName}, {string.Join(", ", RuleCategories.All.Select(c => c.ToName()))})");
        return element.EnumerateObject().Select(entry =>
        {
            RuleCategory? family = entry.Name == ScoreFloor.OverallName ? null
                : RuleCategories.TryParse(entry.Name, out var named) ? named
                : throw new ConfigException($"{path}: unknown key \"{key}.{entry.Name}\" (known: {ScoreFloor.OverallName}, {string.Join(", ", RuleCategories.All.Select(c => c.ToName()))})");
            return new ScoreFloor(family, (int)Within(MinScore, Number(entry.Value, path, $"{key}.{entry.Name}"), path, $"{key}.{entry.Name}"));
        }).ToList();
    }

    /// <summary>A score floor: an article scoring below it fails the run; 0 lets everything through, 100 only perfect articles.</summary>
    private static readonly NumberRange MinScore = new(0, 100);

    private static readonly NumberRange Threshold = new(0, 1, WholeNumber: false);

    /// <summary>Scores run from 0 to 100; a bound of 101 puts every article below it.</summary>
    private static readonly NumberRange ScoreBound = new(0, 101);

    /// <summary>Points one finding of score 1 takes off; a negative penalty would raise scores and pass bad articles.</summary>
    private static readonly NumberRange Penalty = new(0, 100, WholeNumber: false);

    private static double Within(NumberRange range, double value, string path, string key) =>
        range.Problem(value) is { } problem ? throw Bad(path, key, problem) : value;

    private static IReadOnlyList<string> ReadStrings(JsonElement element, string path, string key) =>
        Expect(element, JsonValueKind.Array, path, key).EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Bad(path, key, "a list of strings"))
            .ToList();

    private static JsonElement Expect(JsonElement element, JsonValueKind kind, string path, string key) =>
        element.ValueKind == kind ? element : throw Bad(path, key, kind == JsonValueKind.Object ? "an object" : "a list");

    private static ConfigException Bad(string path, string key, string expected) => new($"{path}: \"{key}\" must be {expected}");
}
