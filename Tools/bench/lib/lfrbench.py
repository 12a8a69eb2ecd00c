"""Shared helpers for the graph-analytics benchmark cases (20-communities, 21-centrality).

The graphs are networkit LFR graphs written once into $BENCH_WORK as CSV and imported into one
ClusterNet database there, so every tool works on the very same links.
"""
import json
import os
import re
import shutil
import subprocess
import sys
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


# Runs argv[2:] and writes its peak RSS in KiB and its CPU seconds to file descriptor argv[1]. ru_maxrss is kept across
# fork and exec, so a child forked straight from this (large) Python process would report this process's pages; forked
# from this small trampoline it reports only its own.
PEAK_TRAMPOLINE = """
import os, sys
pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
os.write(int(sys.argv[1]), f"{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}".encode())
sys.exit(os.waitstatus_to_exitcode(status))
"""


def measured(command, stdin=None, limit=None):
    """Runs `command`; returns (wall seconds, CPU seconds, peak RSS in MB, stdout, stderr) of that process alone.

    With `limit` (seconds), a command still running then is stopped with its whole process group and
    None comes back instead: a peer that would take hours is reported as "more than `limit`"."""
    read_end, write_end = os.pipe()
    command = [shutil.which(command[0]) or command[0]] + command[1:]   # posix_spawn does not search PATH
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", PEAK_TRAMPOLINE, str(write_end)] + command, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, pass_fds=(write_end,), stdin=stdin, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, 9)
        process.communicate()
        os.close(write_end)
        os.close(read_end)
        return None
    seconds = time.perf_counter() - start
    os.close(write_end)
    with os.fdopen(read_end) as usage:
        peak_kib, cpu = (usage.read() or "0 0").split()
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {stderr}")
    return seconds, float(cpu), int(peak_kib) / 1024, stdout, stderr


def clusternet(arguments, database=DATABASE):
    """Runs a ClusterNet analysis with --timings; returns (compute seconds, JSON output, peak RSS MB, load seconds)."""
    _, _, peak, stdout, stderr = measured([CLUSTERNET] + arguments + ["--db", database, "--format", "json", "--timings"])
    compute = float(re.search(r"compute=([0-9.]+)", stderr).group(1))
    load = float(re.search(r"load=([0-9.]+)", stderr).group(1))
    return compute, json.loads(stdout), peak, load


def fastest(runs, repeats=3):
    """Runs every function in `runs` (name -> function returning a tuple whose first item is
    seconds) `repeats` times, taking turns, and returns name -> that tuple with the fewest seconds.

    One sub-second run on a shared machine varies by 15 % or more, and slow spells last seconds:
    taking turns lets a slow spell hit ClusterNet and its peer alike instead of one of them. Only
    for tools that keep no state between calls: igraph caches properties of a graph (connectivity,
    for one), so a second call on the same graph object can skip the work, and igraph runs once.
    """
    best = {}
    for _ in range(repeats):
        for name, function in runs.items():
            result = function()
            if name not in best or result[0] < best[name][0]:
                best[name] = result
    return best


def timed(function):
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value
