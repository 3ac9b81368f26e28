namespace NewsQuality.Eval;

/// <summary>The few command-line options evaluations take: "--name value" pairs.</summary>
public static class Options
{
    public static int Int(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }
}
