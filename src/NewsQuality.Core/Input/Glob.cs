using System.Text;
using System.Text.RegularExpressions;

namespace NewsQuality.Input;

/// <summary>A path glob as in .gitignore-style configs: <c>**</c> crosses folders, <c>*</c> and <c>?</c> do not.</summary>
/// <remarks>A pattern without '/' matches the file name anywhere ("*.txt"); paths are compared with '/' separators.</remarks>
public sealed class Glob
{
    private readonly Regex _regex;
    private readonly bool _nameOnly;

    public Glob(string pattern)
    {
        Pattern = pattern;
        _nameOnly = !pattern.Contains('/');
        _regex = new Regex("^" + ToRegex(pattern) + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    public string Pattern { get; }

    public bool IsMatch(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        return _regex.IsMatch(_nameOnly ? Path.GetFileName(path) : path);
    }

    private static string ToRegex(string pattern)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return sb.ToString();
    }
}
