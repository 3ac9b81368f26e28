namespace NewsQuality.Rules;

/// <summary>Rule families; the id's first digit names the family (NQ1xxx duplicate … NQ4xxx boilerplate).</summary>
public enum RuleCategory
{
    Duplicate = 1,
    Translation = 2,
    OffTopic = 3,
    Boilerplate = 4,
}
