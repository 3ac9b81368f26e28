namespace NewsQuality.Eval.TranslationQuality;

/// <summary>
/// Synthetic garbled English for training: a fluent post-edit with about a quarter of its words swapped with a
/// neighbour, doubled or dropped. MLQE-PE has few word-salad translations (modern NMT rarely writes them), but
/// content farms' older or spun machine translations do, and a tree model cannot extrapolate to what it never saw.
/// </summary>
public static class WordSalad
{
    public static string Garble(string sentence, Random random)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var edits = Math.Max(2, words.Count / 4);
        for (var e = 0; e < edits && words.Count > 2; e++)
        {
            var i = random.Next(words.Count - 1);
            switch (random.Next(3))
            {
                case 0: (words[i], words[i + 1]) = (words[i + 1], words[i]); break;
                case 1: words.Insert(i, words[i]); break;
                default: words.RemoveAt(i); break;
            }
        }
        return string.Join(' ', words);
    }
}
