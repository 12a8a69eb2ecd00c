#!/usr/bin/env python3
"""Checks that networkx reads ClusterNet's exports as the same graph.

Imports the shipped Germany 1995 table, a small Cyrillic firm graph and a graph whose keys and
labels hold tabs, line breaks, quotes, `&`, `<` and backslashes, exports each as GraphML, GEXF
and node-link JSON, reads them with networkx and compares nodes, labels, attributes, edges and
weights. Exit status 0 when everything agrees.

Usage: Tools/export/check_networkx.py [path/to/clusternet]   (default: .build/debug/clusternet)
"""
import json
import os
import subprocess
import sys
import tempfile

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLUSTERNET = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "clusternet")


def run(*arguments):
    subprocess.run([CLUSTERNET, *arguments], check=True, stdout=subprocess.DEVNULL)


def main():
    with tempfile.TemporaryDirectory() as work:
        db = os.path.join(work, "check.sqlite")
        run("import", "io", os.path.join(ROOT, "Graphs/germany-1995/Beutel_15_4.csv"), "--graph", "de1995",
            "--labels", os.path.join(ROOT, "Graphs/germany-1995/sectors.csv"), "--db", db)
        nodes = os.path.join(work, "nodes.csv")
        links = os.path.join(work, "links.csv")
        with open(nodes, "w", encoding="utf-8") as f:
            f.write('key,label,output\nцемент,"Цементный завод ""Алтын"" & <Ко>",1250.5\nстекло,Стекольный завод,830\n')
        with open(links, "w", encoding="utf-8") as f:
            f.write("source,target,weight\nцемент,стекло,3.25\nстекло,стекло,0.5\n")
        run("import", "nodes", nodes, "--graph", "kz", "--db", db)
        run("import", "links", links, "--graph", "kz", "--db", db)
        odd = os.path.join(work, "odd.json")
        with open(odd, "w", encoding="utf-8") as f:
            json.dump({"directed": True, "nodes": [{"id": "tab\tkey", "label": "two\nlines\r\nCRLF"},
                                                   {"id": 'q"<&amp;>\\', "label": "a & b"}],
                       "links": [{"source": "tab\tkey", "target": 'q"<&amp;>\\', "weight": 2.5}]}, f)
        run("import", "json", odd, "--graph", "odd", "--db", db)

        failures = 0
        for graph in ["de1995", "kz", "odd"]:
            paths = {}
            for fmt in ["json", "graphml", "gexf"]:
                paths[fmt] = os.path.join(work, f"{graph}.{fmt}")
                run("export", "--graph", graph, "--to", fmt, "--output", paths[fmt], "--db", db)
            with open(paths["json"], encoding="utf-8") as f:
                reference = nx.node_link_graph(json.load(f), edges="links")
            readers = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}
            for fmt, reader in readers.items():
                other = reader(paths[fmt])
                problems = []
                if other.is_directed() != reference.is_directed():
                    problems.append("direction differs")
                if set(other.nodes) != set(reference.nodes):
                    problems.append("nodes differ")
                for node, data in reference.nodes(data=True):
                    if other.nodes[node].get("label") != data.get("label"):
                        problems.append(f"label of {node} differs")
                    for name in ["output"]:
                        if name in data and float(other.nodes[node].get(name, "nan")) != float(data[name]):
                            problems.append(f"{name} of {node} differs")
                if set(other.edges) != set(reference.edges):
                    problems.append("edges differ")
                for u, v, data in reference.edges(data=True):
                    if float(other.edges[u, v]["weight"]) != float(data["weight"]):
                        problems.append(f"weight of {u}->{v} differs")
                status = "ok" if not problems else "FAILED: " + "; ".join(problems[:5])
                print(f"{graph} {fmt}: {other.number_of_nodes()} nodes, {other.number_of_edges()} edges, {status}")
                failures += bool(problems)
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
