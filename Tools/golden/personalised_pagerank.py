#!/usr/bin/env python3
"""Golden values for `clusternet centrality --measure pagerank --personalise …`, computed once with networkx.

Writes Tests/clusternetTests/Golden/personalised-pagerank.csv (the edge list: source,target,weight)
and personalised-pagerank.json: the personalisation (nodes not named get 0, as in the CLI) and
networkx's `pagerank(G, personalization=…)` weighted with damping 0.85 and unweighted with damping
0.7. The graph is weighted and directed, with a dangling node (p6: its rank is spread by the
personalisation) and a node no personalised node reaches (p9).

Run from the repository root:  python3 Tools/golden/personalised_pagerank.py
"""
import json
import os

import networkx as nx

OUT = os.path.join("Tests", "clusternetTests", "Golden")
NAME = "personalised-pagerank"

EDGES = [
    ("p1", "p2", 3.0), ("p2", "p3", 1.5), ("p3", "p1", 0.5), ("p3", "p4", 2.0), ("p4", "p5", 4.0),
    ("p5", "p4", 1.0), ("p5", "p6", 0.25), ("p2", "p5", 2.5), ("p7", "p1", 1.0), ("p7", "p8", 6.0),
    ("p8", "p7", 0.75), ("p9", "p8", 1.0), ("p4", "p2", 0.5),
]

# p2, p3, p5, p6, p8 and p9 are not named: their jump weight is 0.
PERSONALISATION = {"p1": 2.0, "p4": 0.5, "p7": 1.0}


def main():
    os.makedirs(OUT, exist_ok=True)
    G = nx.DiGraph()
    for source, target, weight in EDGES:
        G.add_edge(source, target, weight=weight)
    tight = dict(tol=1e-15, max_iter=100_000, personalization=PERSONALISATION)
    result = {
        "personalisation": PERSONALISATION,
        "weighted_damping_0.85": nx.pagerank(G, alpha=0.85, weight="weight", **tight),
        "unweighted_damping_0.7": nx.pagerank(G, alpha=0.7, weight=None, **tight),
    }
    with open(os.path.join(OUT, NAME + ".csv"), "w") as handle:
        handle.write("source,target,weight\n")
        for source, target, weight in EDGES:
            handle.write(f"{source},{target},{weight!r}\n")
    with open(os.path.join(OUT, NAME + ".json"), "w") as handle:
        json.dump(result, handle, indent=1, sort_keys=True)
        handle.write("\n")
    print("wrote", NAME)


if __name__ == "__main__":
    main()
