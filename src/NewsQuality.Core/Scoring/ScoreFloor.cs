using NewsQuality.Rules;

namespace NewsQuality.Scoring;

/// <summary>
/// A minimum score below which <c>check</c> exits 1: of the overall score (<see cref="Family"/> null, written "70") or of
/// one family's sub-score (written "translation=70").
/// </summary>
public sealed record ScoreFloor(RuleCategory? Family, int Minimum)
{
    /// <summary>The name of the overall score where a family name could stand (configuration keys).</summary>
    public const string OverallName = "overall";

    public static readonly string Syntax = $"a whole number from 0 to 100, or FAMILY=N with FAMILY one of {string.Join(", ", RuleCategories.All.Select(c => c.ToName()))}";

    /// <summary>"70" or "translation=70"; null with the reason when the text is neither.</summary>
    public static ScoreFloor? Parse(string text, out string? problem)
    {
        var separator = text.IndexOf('=');
        RuleCategory? family = null;
        if (separator >= 0)
        {
            if (!RuleCategories.TryParse(text[..separator].Trim(), out var named))
            {
                problem = $"unknown score family \"{text[..separator].Trim()}\" (known: {string.Join(", ", RuleCategories.All.Select(c => c.ToName()))})";
                return null;
            }
            family = named;
        }
        var number = text[(separator + 1)..].Trim();
        if (!int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minimum) || minimum > 100)
        {
            problem = $"\"{text}\" is not {Syntax}";
            return null;
        }
        problem = null;
        return new ScoreFloor(family, minimum);
    }

    /// <summary>The floors of <paramref name="overriding"/> (the command line) replace those of <paramref name="floors"/> (the configuration) for the same score; of two for the same score, the later wins.</summary>
    public static IReadOnlyList<ScoreFloor> Merge(IReadOnlyList<ScoreFloor> floors, IReadOnlyList<ScoreFloor> overriding) =>
        overriding.Reverse().Concat(floors.Reverse()).DistinctBy(f => f.Family).OrderBy(f => f.Family).ToList();

    /// <summary>The name of the gated score: "overall" or the family's.</summary>
    public string ScoreName => Family?.ToName() ?? OverallName;

    public override string ToString() => Family is { } family ? $"{family.ToName()}={Minimum}" : Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
