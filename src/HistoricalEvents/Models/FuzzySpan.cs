namespace HistoricalEvents;

/// <summary>
/// A stretch of days whose start lies in [S1, S2] and end in [E1, E2] (a point has start = end). Relations between
/// two such spans are conjunctions of inequalities between their four ends; whether one can hold is a small system
/// of difference constraints, decided exactly by Bellman–Ford on five nodes.
/// </summary>
internal readonly struct FuzzySpan
{
    internal readonly int S1, S2, E1, E2;
    internal readonly bool Point;

    internal FuzzySpan(int s1, int s2, int e1, int e2, bool point)
    {
        S1 = s1;
        S2 = s2;
        E1 = e1;
        E2 = e2;
        Point = point;
    }

    // Variables: 0 = A.start, 1 = A.end, 2 = B.start, 3 = B.end. A constraint (u, v, c) means x[u] - x[v] <= c.
    internal readonly record struct Constraint(int U, int V, int C);

    private const int AS = 0, AE = 1, BS = 2, BE = 3;

    internal static readonly Constraint[] EndsBeforeStart = [new(AE, BS, -1)];
    internal static readonly Constraint[] Intersects = [new(AS, BE, 0), new(BS, AE, 0)];
    internal static readonly Constraint[] Inside = [new(BS, AS, 0), new(AE, BE, 0)];

    private static readonly Constraint[][] AllenConstraints = BuildAllen();

    internal static Constraint[] Allen(AllenRelation relation) => AllenConstraints[(int)relation];

    private static Constraint[][] BuildAllen()
    {
        // Whole days, closed intervals: "meets" is A.end + 1 = B.start.
        static Constraint Lt(int u, int v) => new(u, v, -1);          // x[u] < x[v]
        static Constraint Le(int u, int v, int c = 0) => new(u, v, c);  // x[u] <= x[v] + c
        var r = new Constraint[13][];
        r[(int)AllenRelation.Before] = [Le(AE, BS, -2)];
        r[(int)AllenRelation.Meets] = [Le(AE, BS, -1), Le(BS, AE, 1)];
        r[(int)AllenRelation.Overlaps] = [Lt(AS, BS), Le(BS, AE), Lt(AE, BE)];
        r[(int)AllenRelation.Starts] = [Le(AS, BS), Le(BS, AS), Lt(AE, BE)];
        r[(int)AllenRelation.During] = [Lt(BS, AS), Lt(AE, BE)];
        r[(int)AllenRelation.Finishes] = [Lt(BS, AS), Le(AE, BE), Le(BE, AE)];
        r[(int)AllenRelation.Equals] = [Le(AS, BS), Le(BS, AS), Le(AE, BE), Le(BE, AE)];
        r[(int)AllenRelation.FinishedBy] = [Lt(AS, BS), Le(AE, BE), Le(BE, AE)];
        r[(int)AllenRelation.Contains] = [Lt(AS, BS), Lt(BE, AE)];
        r[(int)AllenRelation.StartedBy] = [Le(AS, BS), Le(BS, AS), Lt(BE, AE)];
        r[(int)AllenRelation.OverlappedBy] = [Lt(BS, AS), Le(AS, BE), Lt(BE, AE)];
        r[(int)AllenRelation.MetBy] = [Le(BE, AS, -1), Le(AS, BE, 1)];
        r[(int)AllenRelation.After] = [Le(BE, AS, -2)];
        return r;
    }

    /// <summary>Definitely if every conjunct holds for all choices; possibly if some choice satisfies them all.</summary>
    internal static Certainty Holds(in FuzzySpan a, in FuzzySpan b, Constraint[] relation)
    {
        if (!Feasible(a, b, relation, default, useExtra: false))
        {
            return Certainty.Not;
        }
        foreach (Constraint c in relation)
        {
            // The negation of x[u] - x[v] <= c is x[v] - x[u] <= -c - 1.
            if (Feasible(a, b, [], new Constraint(c.V, c.U, -c.C - 1), useExtra: true))
            {
                return Certainty.Possibly;
            }
        }
        return Certainty.Definitely;
    }

    private static bool Feasible(in FuzzySpan a, in FuzzySpan b, Constraint[] relation, Constraint extra, bool useExtra)
    {
        // Node 4 is the origin (value 0); bounds become edges to and from it.
        Span<long> dist = stackalloc long[5];
        Span<Constraint> edges = stackalloc Constraint[8 + 4 + 4 + 1];
        int n = 0;
        AddBounds(edges, ref n, AS, AE, a);
        AddBounds(edges, ref n, BS, BE, b);
        foreach (Constraint c in relation)
        {
            edges[n++] = c;
        }
        if (useExtra)
        {
            edges[n++] = extra;
        }
        edges = edges[..n];
        dist.Clear();
        for (int i = 0; i < 6; i++)
        {
            bool changed = false;
            foreach (Constraint e in edges)
            {
                // x[U] - x[V] <= C: edge V -> U with weight C.
                long candidate = dist[e.V] + e.C;
                if (candidate < dist[e.U])
                {
                    dist[e.U] = candidate;
                    changed = true;
                }
            }
            if (!changed)
            {
                return true;
            }
        }
        return false;
    }

    private static void AddBounds(Span<Constraint> edges, ref int n, int start, int end, in FuzzySpan s)
    {
        const int Origin = 4;
        edges[n++] = new Constraint(start, Origin, s.S2);
        edges[n++] = new Constraint(Origin, start, -s.S1);
        edges[n++] = new Constraint(end, Origin, s.E2);
        edges[n++] = new Constraint(Origin, end, -s.E1);
        edges[n++] = new Constraint(start, end, 0);
        if (s.Point)
        {
            edges[n++] = new Constraint(end, start, 0);
        }
    }
}
