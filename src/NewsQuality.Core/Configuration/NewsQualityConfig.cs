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

    public AnalysisOptions ApplyTo(AnalysisOptions options) => options with
    {
        RuleOverrides = Rules,
        Scoring = Scoring,
        Gazetteer = options.Gazetteer.WithFigures(KnownPeople),
        SectionLabels = SectionLabels,
    };

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
                    "threshold" => settings with { Threshold = field.Value.ValueKind == JsonValueKind.Number && field.Value.GetDouble() is >= 0 and <= 1 and var t ? t : throw Bad(path, $"{key}.threshold", "a number from 0 to 1") },
                    "options" => settings with { Options = Expect(field.Value, JsonValueKind.Object, path, $"{key}.options").EnumerateObject().ToDictionary(o => o.Name, o => o.Value.ValueKind == JsonValueKind.Number ? o.Value.GetDouble() : throw Bad(path, $"{key}.options.{o.Name}", "a number")) },
                    _ => throw new ConfigException($"{path}: unknown key \"{key}.{field.Name}\" (known: enabled, severity, threshold, options)"),
                };
            }
            rules[rule.Descriptor.Id] = settings;
        }
        return rules;
    }

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
            var value = field.Value.ValueKind == JsonValueKind.Number ? field.Value.GetDouble() : throw Bad(path, $"scoring.{field.Name}", "a number");
            policy = field.Name switch
            {
                "reviewBelow" => policy with { ReviewBelow = (int)value },
                "failBelow" => policy with { FailBelow = (int)value },
                "errorPenalty" => policy with { ErrorPenalty = value },
                "warningPenalty" => policy with { WarningPenalty = value },
                "infoPenalty" => policy with { InfoPenalty = value },
                _ => throw new ConfigException($"{path}: unknown key \"scoring.{field.Name}\" (known: reviewBelow, failBelow, errorPenalty, warningPenalty, infoPenalty)"),
            };
        }
        return policy.FailBelow <= policy.ReviewBelow ? policy : throw Bad(path, "scoring.failBelow", "at most scoring.reviewBelow");
    }

    private static IReadOnlyList<string> ReadStrings(JsonElement element, string path, string key) =>
        Expect(element, JsonValueKind.Array, path, key).EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Bad(path, key, "a list of strings"))
            .ToList();

    private static JsonElement Expect(JsonElement element, JsonValueKind kind, string path, string key) =>
        element.ValueKind == kind ? element : throw Bad(path, key, kind == JsonValueKind.Object ? "an object" : "a list");

    private static ConfigException Bad(string path, string key, string expected) => new($"{path}: \"{key}\" must be {expected}");
}
