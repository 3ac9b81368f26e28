namespace NewsQuality.Eval.Translation;

/// <summary>Invented people for injected sentences: common given names and surnames that are not public figures.</summary>
public static class Names
{
    private static readonly string[] GivenNames = ["Anna", "Peter", "Maria", "Jonas", "Elena", "Tomas", "Sofia", "Daniel", "Ingrid", "Pavel"];
    private static readonly string[] Surnames = ["Petrov", "Lindqvist", "Halvorsen", "Novak", "Jansen", "Kowalski", "Marchetti", "Dubois", "Eriksen", "Varga"];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    public static string Given(Random random) => GivenNames[random.Next(GivenNames.Length)];
    public static string Surname(Random random) => Surnames[random.Next(Surnames.Length)];
    public static string Weekday(Random random) => Weekdays[random.Next(Weekdays.Length)];
}
