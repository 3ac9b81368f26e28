namespace NewsQuality.Rules;

/// <summary>
/// What several corpus rules build on, made once by the first rule that asks and handed to every later one that asks
/// under an equal key: NQ1001's fingerprint of an article (NQ1003 finds versions with it) within one article's digests
/// (<see cref="DigestContext.ArticleProducts"/>), and the verified near-duplicate pairs within one run (<see cref="CorpusRun.Shared"/>).
/// A key names everything its product depends on, so which rules are enabled, and in which order they ask, never
/// changes what a rule is handed; each article and each run starts with none, so nothing passes between runs. Thread-safe.
/// </summary>
public sealed class SharedProducts
{
    /// <summary>Made on first use: most articles' products are asked for by one rule, or none.</summary>
    private Dictionary<object, Lazy<object?>>? _made;

    private readonly Lock _finding = new();

    /// <summary>The product under <paramref name="key"/>, made by <paramref name="make"/> if no caller made it before (once, even when callers race).</summary>
    public T GetOrMake<T>(object key, Func<T> make)
    {
        Lazy<object?> product;
        // Only the look-up is locked: a product is made outside the lock, by the first caller, while later ones wait for it.
        lock (_finding)
        {
            _made ??= [];
            if (!_made.TryGetValue(key, out product!)) _made[key] = product = new Lazy<object?>(() => make());
        }
        return (T)product.Value!;
    }

    /// <summary>The product under <paramref name="key"/> if a caller made it already (never makes one).</summary>
    public bool TryGet<T>(object key, out T product)
    {
        Lazy<object?>? made = null;
        lock (_finding) _made?.TryGetValue(key, out made);
        product = made is not null ? (T)made.Value! : default!;
        return made is not null;
    }

    /// <summary>Lets every product go (the engine calls this once every corpus rule has analysed).</summary>
    public void Clear()
    {
        lock (_finding) _made = null;
    }
}
