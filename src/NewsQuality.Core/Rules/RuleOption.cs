namespace NewsQuality.Rules;

/// <summary>The numbers a setting accepts; a configuration refuses any other, naming the key, instead of crashing later.</summary>
public sealed record NumberRange(double Min, double Max, bool WholeNumber = true)
{
    /// <summary>Null when <paramref name="value"/> is in range, else what it must be, for the error message.</summary>
    public string? Problem(double value) =>
        double.IsFinite(value) && value >= Min && value <= Max && (!WholeNumber || value == Math.Floor(value)) ? null
        : $"{(WholeNumber ? "a whole number" : "a number")} from {Min} to {Max}";
}

/// <summary>
/// One rule-specific option a configuration may set (<c>rules.NQ1001.options.shingleSize</c>), with the range a run
/// can use: a shingle size of 0 or a billion MinHash permutations would crash the run or exhaust its memory.
/// </summary>
public sealed record RuleOption(string Name, double Default, NumberRange Range);
