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

    /// <summary>The key of the link between two documents as links are given and looked up: the lower document first.</summary>
    public static (int A, int B) Link(int a, int b) => a < b ? (a, b) : (b, a);

    /// <summary>Each linked document's neighbours, from links given once each.</summary>
    public static Dictionary<int, List<int>> Neighbours(IEnumerable<(int A, int B)> links)
    {
        var neighbours = new Dictionary<int, List<int>>();
        foreach (var (a, b) in links)
        {
            (neighbours.TryGetValue(a, out var ofA) ? ofA : neighbours[a] = []).Add(b);
            (neighbours.TryGetValue(b, out var ofB) ? ofB : neighbours[b] = []).Add(a);
        }
        return neighbours;
    }

    /// <param name="neighbours">Each linked document's verified links (<see cref="Neighbours"/>).</param>
    /// <param name="strength">How strong the link between two documents is.</param>
    /// <param name="preference">Orders documents, most preferred centre first.</param>
    /// <returns>Every linked document that is not a centre, with its placement.</returns>
    public static Dictionary<int, Placement> Place(IReadOnlyDictionary<int, List<int>> neighbours, Func<int, int, double> strength, IComparer<int> preference)
    {
        var placed = new Dictionary<int, Placement>();
        var centres = new HashSet<int>();
        foreach (var document in neighbours.Keys.Order(preference))
        {
            if (placed.ContainsKey(document)) continue;
            var members = neighbours[document].Where(n => !placed.ContainsKey(n) && !centres.Contains(n)).ToList();
            if (members.Count == 0)
            {
                // Every neighbour was placed under an earlier centre (a centre itself would have taken this document).
                placed[document] = new Placement(neighbours[document].OrderByDescending(n => strength(document, n)).ThenBy(n => n).First(), ToCentre: false);
                continue;
            }
            centres.Add(document);
            foreach (var member in members) placed[member] = new Placement(document, ToCentre: true);
        }
        return placed;
    }
}
