using System.Runtime.CompilerServices;

namespace NewsQuality.Text;

/// <summary>
/// A word of a thread's table of words (<see cref="Tokenizer.WordArray(string)"/>): its string, made once per thread, and
/// the entry of its invariant lower case (<see cref="string.ToLowerInvariant()"/>), itself when the word is in lower case.
/// A lower case's entry also carries, for the thread whose table holds it (and only that thread reads or writes them),
/// its number in the article being numbered (<see cref="WordIdentities"/>) and the answers the rules' questions gave about
/// it (<see cref="WordAnswers{T}"/>), which are pure functions of the lower case and so are asked once per thread, not once
/// per article.
/// </summary>
internal sealed class InternedWord(string value)
{
    public readonly string Value = value;

    /// <summary>The entry whose <see cref="Value"/> is this word's invariant lower case (this one when it is its own).</summary>
    public InternedWord LowerCase = null!;

    /// <summary>The numbering that last numbered this lower case (the table's <c>Numberings</c> then), and its number there.</summary>
    internal long Stamp;
    internal int Number;

    /// <summary>Questions asked about this lower case and their answers, in pairs (question, boxed answer).</summary>
    private object?[]? _answers;
    private int _answered;

    /// <summary>At most this many questions' answers are kept; a word asked more (rule instances made again and again) starts over.</summary>
    private const int MaxQuestions = 8;

    private static readonly object True = true, False = false;

    /// <summary><paramref name="question"/>'s answer about <see cref="Value"/>: the one kept, or asked now and kept.</summary>
    public T Answer<T>(Func<string, T> question)
    {
        var answers = _answers;
        for (var i = 0; i < _answered; i += 2)
            if (ReferenceEquals(answers![i], question)) return Unbox<T>(answers[i + 1]);
        var answer = question(Value);
        if (_answered == 2 * MaxQuestions) _answered = 0;
        if (answers is null || _answered == answers.Length) Array.Resize(ref _answers, answers is null ? 4 : 2 * answers.Length);
        _answers![_answered] = question;
        _answers[_answered + 1] = Box(answer);
        _answered += 2;
        return answer;
    }

    private static object? Box<T>(T answer) => typeof(T) == typeof(bool) ? ((bool)(object)answer! ? True : False) : answer;

    private static T Unbox<T>(object? kept) => typeof(T).IsValueType ? (T)kept! : Unsafe.As<object?, T>(ref kept);
}
