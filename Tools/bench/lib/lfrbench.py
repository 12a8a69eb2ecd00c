"""Shared helpers for the graph-analytics benchmark cases (20-communities, 21-centrality).

The graphs are networkit LFR graphs written once into $BENCH_WORK as CSV and imported into one
ClusterNet database there, so every tool works on the very same links.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import networkit as nk

nk.setNumberOfThreads(1)
WORK = os.environ.get("BENCH_WORK", "/tmp/clusternet-bench")
CLUSTERNET = os.environ.get("CLUSTERNET", "clusternet")
DATABASE = os.path.join(WORK, "algorithms.sqlite")
os.makedirs(WORK, exist_ok=True)


def emit(case, tool, seconds, note=""):
    print(json.dumps({"case": case, "tool": tool, "seconds": round(seconds, 6), "note": note}), flush=True)


def lfr_graph(name, nodes, average_degree, max_degree, min_community, max_community, mu=0.3, seed=1):
    """The networkit LFR graph `name` (generated once), imported into the ClusterNet database."""
    path = os.path.join(WORK, name + ".csv")
    if not os.path.exists(path):
        nk.setSeed(seed, False)
        generator = nk.generators.LFRGenerator(nodes)
        generator.generatePowerlawDegreeSequence(average_degree, max_degree, -2)
        generator.generatePowerlawCommunitySizeSequence(min_community, max_community, -1)
        generator.setMu(mu)
        graph = generator.generate()
        with open(path + ".tmp", "w") as handle:
            handle.write("source,target\n")
            for u, v in graph.iterEdges():
                handle.write(f"n{u},n{v}\n")
        os.replace(path + ".tmp", path)
    listed = subprocess.run([CLUSTERNET, "graphs", "--db", DATABASE, "--format", "json"], capture_output=True, text=True)
    if f'"{name}"' not in listed.stdout:
        subprocess.run([CLUSTERNET, "import", "links", path, "--graph", name, "--undirected", "--db", DATABASE],
                       check=True, capture_output=True)
    return path


def read_networkit(path):
    """The CSV as a networkit graph (node n<i> is i) and as an igraph graph."""
    import igraph as ig
    edges = []
    with open(path) as handle:
        next(handle)
        for line in handle:
            source, target = line.strip().split(",")
            edges.append((int(source[1:]), int(target[1:])))
    count = 1 + max(max(edge) for edge in edges)
    graph = nk.Graph(count, weighted=False, directed=False)
    for u, v in edges:
        graph.addEdge(u, v)
    return graph, ig.Graph(n=count, edges=edges, directed=False), edges


def clusternet(arguments):
    """Runs a ClusterNet analysis with --timings; returns (compute seconds, JSON output, peak RSS MB).

    The peak RSS is this one process's, from wait4 (RUSAGE_CHILDREN would report the largest of
    all children so far, an earlier import say); output goes to files so nothing reaps the child
    before wait4 does."""
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        process = subprocess.Popen([CLUSTERNET] + arguments + ["--db", DATABASE, "--format", "json", "--timings"],
                                   stdout=stdout, stderr=stderr, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        stdout.seek(0)
        stderr.seek(0)
        output, errors = stdout.read(), stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"clusternet {' '.join(arguments)} failed: {errors}")
    compute = float(re.search(r"compute=([0-9.]+)", errors).group(1))
    return compute, json.loads(output), usage.ru_maxrss / 1024


def timed(function):
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value
