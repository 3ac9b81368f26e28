using System.CommandLine;
using System.CommandLine.Parsing;
using F23.StringSimilarity;

namespace NewsQuality.Cli;

/// <summary>
/// Unknown commands and options, found before anything runs. System.CommandLine takes an unknown <c>--option</c> after
/// a command with file arguments for one more file, and lets <c>--help</c> hide an unknown command; both would make
/// a typo look like a missing file or like success. A file whose name starts with '-' is written after <c>--</c> or as
/// <c>./-name</c>.
/// </summary>
internal static class UsageErrors
{
    private static readonly Levenshtein Distance = new();

    /// <summary>One line per unknown token, naming it and, when one is close, what was probably meant.</summary>
    public static IReadOnlyList<string> Find(ParseResult parse, IReadOnlyList<string> args)
    {
        var chain = Chain(parse.CommandResult);
        var command = chain[0];
        var usage = string.Join(' ', chain.Select(c => c.Name).Reverse().Skip(1).Prepend("newsquality"));
        var literal = args.ToList().IndexOf("--") is var dashes and >= 0 ? args.Skip(dashes + 1).ToHashSet() : [];
        var errors = new List<string>();
        foreach (var token in parse.UnmatchedTokens.Concat(OptionLikeArguments(parse.CommandResult, literal)))
        {
            if (token.StartsWith('-'))
            {
                var name = token.Split('=', ':')[0];
                var known = chain.SelectMany((c, depth) => c.Options.Where(option => depth == 0 || option.Recursive))
                    .SelectMany(option => option.Aliases.Prepend(option.Name)).Where(alias => alias.StartsWith("--"));
                errors.Add($"unknown option '{name}' for '{usage}'{Suggestion(name, known)}; a file name starting with '-' goes after '--' or as ./NAME");
            }
            else if (command.Subcommands.Count > 0)
            {
                // What follows an unknown command is its arguments: naming the command is enough.
                errors.Add($"unknown command '{token}'{Suggestion(token, command.Subcommands.Select(c => c.Name))}; '{usage} --help' lists the commands");
                break;
            }
            else
                errors.Add($"unexpected argument '{token}' for '{usage}'; see '{usage} --help'");
        }
        return errors;
    }

    /// <summary>The command that was parsed, then the commands above it up to the root.</summary>
    private static List<Command> Chain(CommandResult result)
    {
        var chain = new List<Command>();
        for (SymbolResult? at = result; at is not null; at = at.Parent)
            if (at is CommandResult c) chain.Add(c.Command);
        return chain;
    }

    /// <summary>Values taken as file arguments that look like options ('-' alone is standard input).</summary>
    private static IEnumerable<string> OptionLikeArguments(CommandResult command, HashSet<string> literal) =>
        command.Children.OfType<ArgumentResult>()
            .SelectMany(argument => argument.Tokens)
            .Select(token => token.Value)
            .Where(value => value.Length > 1 && value.StartsWith('-') && !literal.Contains(value));

    private static string Suggestion(string typed, IEnumerable<string> candidates)
    {
        var closest = candidates
            .Select(candidate => (Candidate: candidate, Distance: Distance.Distance(typed, candidate)))
            .Where(c => c.Distance <= Math.Max(2, typed.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return closest.Candidate is null ? "" : $" (did you mean '{closest.Candidate}'?)";
    }
}
