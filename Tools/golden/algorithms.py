#!/usr/bin/env python3
"""Golden values for ClusterAlgorithms' tests, computed once with networkx and igraph.

Writes Tests/ClusterAlgorithmsTests/Golden/<graph>.csv (the edge list: source,target,weight) and
<graph>.json (expected results) for three graphs: Zachary's karate club (unweighted, undirected),
a weighted directed graph and a weighted undirected graph defined below. Weights are multiples of
1/8 so shortest-path lengths are exact in binary floating point and ties are ties for everyone.

Run from the repository root:  python3 Tools/golden/algorithms.py
"""
import json
import os

import igraph as ig
import networkx as nx

OUT = os.path.join("Tests", "ClusterAlgorithmsTests", "Golden")

WEIGHTED_DIRECTED = [
    ("a", "b", 2.0), ("b", "c", 1.5), ("c", "a", 0.5), ("c", "d", 3.0), ("d", "e", 1.0),
    ("e", "d", 0.25), ("e", "f", 2.5), ("f", "g", 1.0), ("g", "e", 4.0), ("b", "h", 0.75),
    ("h", "i", 1.25), ("i", "h", 2.0), ("a", "d", 5.0), ("g", "j", 1.0),  # j is dangling
    ("k", "l", 3.0), ("l", "m", 0.5), ("m", "k", 1.0), ("m", "n", 2.0),  # a second weak component
]

WEIGHTED_UNDIRECTED = [
    ("s1", "s2", 3.0), ("s1", "s3", 1.0), ("s2", "s3", 2.5), ("s3", "s4", 0.5), ("s4", "s5", 4.0),
    ("s4", "s6", 1.5), ("s5", "s6", 2.0), ("s6", "s7", 0.75), ("s7", "s8", 1.0), ("s8", "s9", 3.5),
    ("s7", "s9", 2.0), ("s2", "s5", 6.0), ("s1", "s9", 0.25), ("s3", "s7", 1.25),
    ("t1", "t2", 1.0), ("t2", "t3", 2.0), ("t3", "t1", 0.5), ("t3", "t4", 1.0),
]


def karate_edges():
    graph = nx.karate_club_graph()
    return [(str(u), str(v), 1.0) for u, v in graph.edges()]


def write_edges(name, edges):
    with open(os.path.join(OUT, name + ".csv"), "w") as handle:
        handle.write("source,target,weight\n")
        for source, target, weight in edges:
            handle.write(f"{source},{target},{weight!r}\n")


def components(sets):
    return sorted(sorted(component) for component in sets)


def golden(name, edges, directed):
    G = nx.DiGraph() if directed else nx.Graph()
    for source, target, weight in edges:
        G.add_edge(source, target, weight=weight)
    nodes = list(G.nodes())
    H = ig.Graph(directed=directed)
    H.add_vertices(nodes)
    H.add_edges([(s, t) for s, t, _ in edges])
    H.es["weight"] = [w for _, _, w in edges]
    tight = dict(alpha=0.85, tol=1e-15, max_iter=100_000)
    personalization = {node: float(i % 3 + 1) for i, node in enumerate(sorted(nodes))}
    result = {
        "directed": directed,
        "pagerank_weighted": nx.pagerank(G, weight="weight", **tight),
        "pagerank_unweighted": nx.pagerank(G, weight=None, **tight),
        "pagerank_personalised": nx.pagerank(G, weight="weight", personalization=personalization, **tight),
        "personalisation": personalization,
        "betweenness_unweighted": nx.betweenness_centrality(G, normalized=True, weight=None),
        "betweenness_weighted": nx.betweenness_centrality(G, normalized=True, weight="weight"),
        "coreness": dict(zip(H.vs["name"], H.coreness(mode="all"))),
        "weak_components": components(nx.weakly_connected_components(G) if directed else nx.connected_components(G)),
    }
    if directed:
        result["strong_components"] = components(nx.strongly_connected_components(G))
    else:
        result["eigenvector_unweighted"] = nx.eigenvector_centrality(G, weight=None, tol=1e-15, max_iter=100_000)
        result["eigenvector_weighted"] = nx.eigenvector_centrality(G, weight="weight", tol=1e-15, max_iter=100_000)
        forest = nx.maximum_spanning_tree(G, weight="weight")
        result["maximum_spanning_forest_weight"] = forest.size(weight="weight")
        result["maximum_spanning_forest_links"] = forest.number_of_edges()
    if name == "karate":
        optimum = H.community_optimal_modularity()
        result["optimal_modularity"] = optimum.modularity
        result["optimal_communities"] = optimum.membership
    return result


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, edges, directed in [
        ("karate", karate_edges(), False),
        ("weighted-directed", WEIGHTED_DIRECTED, True),
        ("weighted-undirected", WEIGHTED_UNDIRECTED, False),
    ]:
        write_edges(name, edges)
        with open(os.path.join(OUT, name + ".json"), "w") as handle:
            json.dump(golden(name, edges, directed), handle, indent=1, sort_keys=True)
            handle.write("\n")
        print("wrote", name)


if __name__ == "__main__":
    main()
