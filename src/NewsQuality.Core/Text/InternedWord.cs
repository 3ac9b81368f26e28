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

    /// <summary>Questions asked about this lower case and their answers (boxed), the first <see cref="_answered"/> of them.</summary>
    private (object Question, object? Answer)[]? _answers;
    private int _answered;

    /// <summary>At most this many questions' answers are kept; a word asked more (rule instances made again and again) starts over.</summary>
    private const int MaxQuestions = 8;

    private static readonly object True = true, False = false;

    /// <summary><paramref name="question"/>'s answer about <see cref="Value"/>: the one kept, or asked now and kept.</summary>
    public T Answer<T>(Func<string, T> question)
    {
        var answers = _answers;
        for (var i = 0; i < _answered; i++)
            if (ReferenceEquals(answers![i].Question, question)) return Unbox<T>(answers[i].Answer);
        var answer = question(Value);
        if (_answered == MaxQuestions) _answered = 0;
        if (answers is null) _answers = answers = new (object, object?)[4];
        else if (_answered == answers.Length) Array.Resize(ref _answers, 2 * answers.Length);
        _answers![_answered++] = (question, Box(answer));
        return answer;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static object? Box<T>(T answer) => typeof(T) == typeof(bool) ? ((bool)(object)answer! ? True : False) : answer;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Unbox<T>(object? kept) => typeof(T).IsValueType ? (T)kept! : Unsafe.As<object?, T>(ref kept);
}
