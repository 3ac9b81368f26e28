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

    /// <summary>
    /// The answers of the questions that have a slot (<see cref="WordQuestions"/>), kept in place: per yes-or-no question two
    /// bits of <see cref="_asked"/> (asked, and the answer), per number and per reference question a bit there and a field.
    /// They were boxed in pairs in a growing array (with the number answers boxed too), about 250 bytes per word a thread
    /// saw, all of which outlived the collections.
    /// </summary>
    private ulong _asked;
    private uint _number0;
    private object? _reference0, _reference1, _reference2;

    /// <summary>Questions without a slot and their answers (boxed), the first <see cref="_answered"/> of them.</summary>
    private (object Question, object? Answer)[]? _answers;
    private int _answered;

    /// <summary>At most this many questions' answers are kept; a word asked more (rule instances made again and again) starts over.</summary>
    private const int MaxQuestions = 8;

    private static readonly object True = true, False = false;

    /// <summary>
    /// <paramref name="question"/>'s answer about <see cref="Value"/>: the one kept, or asked now and kept. <paramref name="slot"/>
    /// is the question's (<see cref="WordQuestions.SlotOf{T}"/>), or −1 when it has none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Answer<T>(Func<string, T> question, int slot)
    {
        if (slot >= 0)
        {
            // The kept answer read in place (the checks on T are decided when the method is compiled for it).
            if (typeof(T) == typeof(bool))
            {
                var asked = 1UL << (WordQuestions.FirstYesOrNoBit + 2 * slot);
                if ((_asked & asked) != 0)
                {
                    var kept = (_asked & (asked << 1)) != 0;
                    return Unsafe.As<bool, T>(ref kept);
                }
            }
            else if (typeof(T) == typeof(uint))
            {
                if ((_asked & (1UL << (WordQuestions.FirstNumberBit + slot))) != 0) return Unsafe.As<uint, T>(ref _number0);
            }
            else if (!typeof(T).IsValueType)
            {
                if ((_asked & (1UL << (WordQuestions.FirstReferenceBit + slot))) != 0) return Unsafe.As<object?, T>(ref Reference(slot));
            }
        }
        return AskAndKeep(question, slot);
    }

    private ref object? Reference(int slot) => ref slot == 0 ? ref _reference0 : ref slot == 1 ? ref _reference1 : ref _reference2;

    /// <summary><paramref name="question"/> asked about <see cref="Value"/>, its answer kept in its slot (or in the array when it has none).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private T AskAndKeep<T>(Func<string, T> question, int slot)
    {
        if (slot < 0) return Answer(question);
        var answer = question(Value);
        if (typeof(T) == typeof(bool))
        {
            var asked = 1UL << (WordQuestions.FirstYesOrNoBit + 2 * slot);
            _asked |= Unsafe.As<T, bool>(ref answer) ? asked | asked << 1 : asked;
        }
        else if (typeof(T) == typeof(uint))
        {
            _number0 = Unsafe.As<T, uint>(ref answer);
            _asked |= 1UL << (WordQuestions.FirstNumberBit + slot);
        }
        else
        {
            Reference(slot) = answer;
            _asked |= 1UL << (WordQuestions.FirstReferenceBit + slot);
        }
        return answer;
    }

    /// <summary><paramref name="question"/>'s answer about <see cref="Value"/>, for a question without a slot.</summary>
    private T Answer<T>(Func<string, T> question)
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

/// <summary>
/// The slots of <see cref="InternedWord"/>'s answers: the first questions of each kind that are asked (in a run, the
/// rules' few delegates, each a static field or a field of the one rule instance) get one for the life of the process;
/// later ones (tests make a question per test, rule instances made again and again) are kept in the word's array as before.
/// </summary>
internal static class WordQuestions
{
    /// <summary>Yes-or-no questions with a slot: two bits each.</summary>
    internal const int YesOrNo = 16;
    /// <summary>Questions answered with a <see cref="uint"/> with a slot: one bit and a field.</summary>
    internal const int Numbers = 1;
    /// <summary>Questions answered with a reference with a slot: one bit and a field.</summary>
    internal const int References = 3;

    internal const int FirstYesOrNoBit = 0;
    internal const int FirstNumberBit = FirstYesOrNoBit + 2 * YesOrNo;
    internal const int FirstReferenceBit = FirstNumberBit + Numbers;

    private static readonly Dictionary<object, int> Slots = new(ReferenceEqualityComparer.Instance);
    /// <summary>How many slots of each kind are given: yes-or-no, number, reference.</summary>
    private static readonly int[] Taken = new int[3];

    /// <summary>The slot of <paramref name="question"/>, given on its first call if one of its kind is free, else −1.</summary>
    internal static int SlotOf<T>(Func<string, T> question)
    {
        lock (Slots)
        {
            if (Slots.TryGetValue(question, out var slot)) return slot;
            var (kind, slots) = typeof(T) == typeof(bool) ? (0, YesOrNo)
                : typeof(T) == typeof(uint) ? (1, Numbers)
                : typeof(T).IsValueType ? (2, 0) : (2, References);
            if (Taken[kind] >= slots) return -1; // not kept: the registry holds only the delegates it gave slots to
            Slots[question] = slot = Taken[kind]++;
            return slot;
        }
    }
}
