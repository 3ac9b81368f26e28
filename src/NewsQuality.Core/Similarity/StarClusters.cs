namespace NewsQuality.Similarity;

/// <summary>
/// Star (centre) clustering of verified links: documents are taken in order of preference, each one not yet placed
/// becomes a centre and takes every unplaced document linked to it. Every member is thus itself linked to its centre;
/// nothing is joined through a chain. A document whose links all lead to members of other clusters (C in A~B~C
/// without A~C) joins no cluster: it is paired with its strongest link instead.
/// </summary>
public static class StarClusters
{
    /// <summary>Where a document was placed: the document it is reported against, and whether that is its cluster's centre.</summary>
    public readonly record struct Placement(int Target, bool ToCentre);

    /// <param name="links">Verified links, each once, with their strength.</param>
    /// <param name="preference">Orders documents, most preferred centre first.</param>
    /// <returns>Every linked document that is not a centre, with its placement.</returns>
    public static Dictionary<int, Placement> Place(IReadOnlyDictionary<(int A, int B), double> links, IComparer<int> preference)
    {
        var neighbours = new Dictionary<int, List<int>>();
        foreach (var (a, b) in links.Keys)
        {
            Neighbours(a).Add(b);
            Neighbours(b).Add(a);
        }
        var placed = new Dictionary<int, Placement>();
        var centres = new HashSet<int>();
        foreach (var document in neighbours.Keys.Order(preference))
        {
            if (placed.ContainsKey(document)) continue;
            var members = neighbours[document].Where(n => !placed.ContainsKey(n) && !centres.Contains(n)).ToList();
            if (members.Count == 0)
            {
                // Every neighbour was placed under an earlier centre (a centre itself would have taken this document).
                placed[document] = new Placement(neighbours[document].OrderByDescending(n => Strength(document, n)).ThenBy(n => n).First(), ToCentre: false);
                continue;
            }
            centres.Add(document);
            foreach (var member in members) placed[member] = new Placement(document, ToCentre: true);
        }
        return placed;

        List<int> Neighbours(int d) => neighbours.TryGetValue(d, out var list) ? list : neighbours[d] = [];
        double Strength(int a, int b) => links[a < b ? (a, b) : (b, a)];
    }
}
