#!/usr/bin/env python3
"""Runs the query test cases on Kùzu (pip `kuzu==0.11.3`) and writes the golden results.

Reads  Tests/GraphQueryTests/Golden/query_cases.json   (name, graph, query, optional kuzu, params, ...)
and    Tests/GraphQueryTests/Golden/graphs/<graph>/{nodes,links}.csv
writes Tests/GraphQueryTests/Golden/query_kuzu.json    ({"kuzu": version, "results": {name: {"rows": [...]}}})

Each graph goes into its own Kùzu database: one node table per node kind and one relationship
table per link kind (columns key, label, output, region / weight, share), so Cypher labels are
ClusterNet node kinds and relationship types are link kinds, as in ClusterNet's query language.
A case's `kuzu` field gives the Kùzu spelling where the two differ (Kùzu has label(r) for type(r),
no n.kind, and walks paths that may reuse a relationship unless asked `is_trail(p)`, where
ClusterNet, like Neo4j, matches trails); otherwise the very
same text runs on both. Usage: python3 Tools/golden/query_kuzu.py
"""
import csv
import json
import math
import os
import tempfile

import kuzu

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLDEN = os.path.join(ROOT, "Tests", "GraphQueryTests", "Golden")


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def number(text):
    return float(text) if text != "" else None


def load_graph(connection, folder):
    nodes = read_csv(os.path.join(folder, "nodes.csv"))
    links = read_csv(os.path.join(folder, "links.csv"))
    kinds = sorted({node["kind"] for node in nodes})
    for kind in kinds:
        connection.execute(f"CREATE NODE TABLE {kind}(key STRING PRIMARY KEY, label STRING, output DOUBLE, region STRING)")
    pairs = ", ".join(f"FROM {a} TO {b}" for a in kinds for b in kinds)
    for link_kind in sorted({link["kind"] for link in links}):
        connection.execute(f"CREATE REL TABLE {link_kind}({pairs}, weight DOUBLE, share DOUBLE)")
    kind_of = {}
    for node in nodes:
        kind_of[node["key"]] = node["kind"]
        connection.execute(
            f"CREATE (:{node['kind']} {{key: $key, label: $label, output: $output, region: $region}})",
            {"key": node["key"], "label": node["label"], "output": number(node["output"]),
             "region": node["region"] or None})
    for link in links:
        connection.execute(
            f"MATCH (a:{kind_of[link['source']]} {{key: $source}}), (b:{kind_of[link['target']]} {{key: $target}}) "
            f"CREATE (a)-[:{link['kind']} {{weight: $weight, share: $share}}]->(b)",
            {"source": link["source"], "target": link["target"], "weight": number(link["weight"]),
             "share": number(link["share"])})


def plain(value):
    """Kùzu values as JSON: nodes by their key, lists element-wise, integral floats as integers."""
    if isinstance(value, dict):
        return value.get("key")
    if isinstance(value, list):
        return [plain(element) for element in value]
    if isinstance(value, float) and math.isfinite(value) and value == int(value):
        return int(value)
    return value


def main():
    with open(os.path.join(GOLDEN, "query_cases.json"), encoding="utf-8") as handle:
        cases = json.load(handle)
    connections = {}
    scratch = tempfile.TemporaryDirectory()
    results = {}
    for case in cases:
        graph = case["graph"]
        if graph not in connections:
            database = kuzu.Database(os.path.join(scratch.name, graph))
            connections[graph] = kuzu.Connection(database)
            load_graph(connections[graph], os.path.join(GOLDEN, "graphs", graph))
        query = case.get("kuzu", case["query"])
        try:
            result = connections[graph].execute(query, case.get("params", {}))
        except RuntimeError as error:
            raise SystemExit(f"case {case['name']}: {error}")
        rows = []
        while result.has_next():
            rows.append([plain(value) for value in result.get_next()])
        results[case["name"]] = {"rows": rows}
    output = {"kuzu": kuzu.__version__, "results": results}
    with open(os.path.join(GOLDEN, "query_kuzu.json"), "w", encoding="utf-8") as handle:
        json.dump(output, handle, indent=1, sort_keys=True)
        handle.write("\n")
    print(f"wrote {len(results)} results with kuzu {kuzu.__version__}")


if __name__ == "__main__":
    main()
