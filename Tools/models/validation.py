#!/usr/bin/env python3
"""Measures the seed's exemplars of the four cluster models on shipped data and prints the
validation table of Docs/maturity-and-models.md: each exemplar's verdict, ranking, margin and the
characteristics that could not be measured.

Usage: Tools/models/validation.py [--write-docs]

Uses $CLUSTERNET or .build/debug/clusternet (build it first), and a scratch database under .build/.
With --write-docs the validation table, and the prototype, suitability-rule and seed-sentence tables
made from Rules/*.json, replace the ones between their `<!-- name -->` markers in the docs, so the
docs cannot drift from the shipped rules.
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get("CLUSTERNET") or os.path.join(ROOT, ".build", "debug", "clusternet")
DOCS = os.path.join(ROOT, "Docs", "maturity-and-models.md")
WIOD = os.path.join(ROOT, "Graphs", "wiod-2013")
KZ = os.path.join(ROOT, "Graphs", "kazakhstan-construction-materials")
SHORT = {"north-american": "NA", "finnish": "FI", "japanese": "JP", "indian": "IN"}


def run(db, *arguments):
    result = subprocess.run([BINARY, *arguments, "--db", db], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"clusternet {' '.join(arguments)}: {result.stderr.strip()}")
    return result.stdout


def run_json(db, *arguments):
    return json.loads(run(db, *arguments, "--format", "json"))


def wiod(db, country, year):
    graph = f"{country}-{year}"
    run(db, "import", "io", os.path.join(WIOD, f"{graph}.csv"), "--graph", graph,
        "--labels", os.path.join(WIOD, "industries.csv"),
        "--world-exports", os.path.join(WIOD, "world-exports.csv"), "--year", str(year))
    saved = run_json(db, "import", "partition", os.path.join(WIOD, "clusters.csv"), "--graph", graph, "--name", "etla")
    return graph, saved["communities"]


def cluster_id(communities, member):
    return next(c["id"] for c in communities if member in c["members"])


def row(db, exemplar, data, seed_model, arguments):
    output = run_json(db, "models", *arguments)
    ranking = ", ".join(f"{SHORT[r['model']]} {r['score']:.2f}" for r in output["ranking"] if r["score"] is not None)
    missing = [name for name, score in output["profile"].items() if score is None]
    margin = output["margin"]
    verdict = output["verdict"]
    if output["illustrative"]:
        verdict += " (illustrative)"
    measured = len(output["profile"]) - len(missing)
    return (f"| {exemplar} | {data} | {seed_model} | {verdict} | {ranking} | "
            f"{'' if margin is None else f'{margin:.2f}'} | {measured} | {', '.join(missing) or '—'} |")


def write_section(name, content):
    with open(DOCS, encoding="utf-8") as f:
        text = f.read()
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    before, found, rest = text.partition(start)
    _, _, after = rest.partition(end)
    if not found:
        sys.exit(f"{DOCS} has no {start} marker")
    with open(DOCS, "w", encoding="utf-8") as f:
        f.write(before + start + "\n" + content + "\n" + end + after)


def rules_tables():
    """The shipped rules as Markdown: prototype values, suitability rules, the sentences they cite."""
    def load(name):
        with open(os.path.join(ROOT, "Rules", name), encoding="utf-8") as f:
            return json.load(f)
    prototypes, suitability, sentences = load("model-prototypes.json"), load("model-suitability.json"), load("seed-sentences.json")
    models = prototypes["models"]
    names = list(models[0]["values"])
    mark = {"seed": "S", "judgement": "J"}
    matrix = ["| characteristic | " + " | ".join(m["model"] for m in models) + " |",
              "|---|" + "---|" * len(models)]
    for name in names:
        matrix.append(f"| {name} | " + " | ".join(
            f"{m['values'][name]['value']:.1f} {mark[m['values'][name]['source']]}" for m in models) + " |")
    matrix.append("| **defining** | " + " | ".join("; ".join(
        f"{d['characteristic']} {'≥ ' + str(d['at_least']) if 'at_least' in d else '≤ ' + str(d['at_most'])}"
        for d in m["defining"]) for m in models) + " |")
    reasons = []
    for m in models:
        reasons.append(f"**{m['model']}** — {m['summary']}")
        for name in names:
            value = m["values"][name]
            cited = f" ({', '.join(value['sentences'])})" if value.get("sentences") else ""
            reasons.append(f"- {name} {value['value']:.1f}, {value['source']}{cited}: {value['reason']}")
        reasons.append("")
    rules = ["| model | precondition | prefers | weight | source | reason |", "|---|---|---|---|---|---|"]
    for m in suitability["models"]:
        for r in m["rules"]:
            prefers = r["prefers"] + (f" {r['target']}" if "target" in r else "")
            cited = f" ({', '.join(r['sentences'])})" if r.get("sentences") else ""
            rules.append(f"| {m['model']} | {r['precondition']} | {prefers} | {r['weight']:g} | {r['source']}{cited} | {r['reason']} |")
    used = {"six-characteristics"} | {i for m in models for v in m["values"].values() for i in v.get("sentences", [])}
    used |= {i for m in models for d in m["defining"] for i in d.get("sentences", [])}
    used |= {i for m in suitability["models"] for r in m["rules"] for i in r.get("sentences", [])}
    quotes = ["| id | English | Kyrgyz (the seed, word for word) |", "|---|---|---|"]
    quotes += [f"| {q['id']} | {q['english']} | {q['kyrgyz']} |" for q in sentences["sentences"] if q["id"] in used]
    return [("prototype-table", "\n".join(matrix + [""] + reasons).rstrip()),
            ("suitability-table", "\n".join(rules)),
            ("sentence-table", "\n".join(quotes))]


def main():
    if not os.path.exists(BINARY):
        sys.exit(f"no clusternet at {BINARY}: run `swift build` or set CLUSTERNET")
    rows = []
    with tempfile.TemporaryDirectory(dir=os.path.join(ROOT, ".build")) as scratch:
        db = os.path.join(scratch, "validation.sqlite")
        for year in (1995, 2000, 2005, 2011):
            graph, communities = wiod(db, "FIN", year)
            rows.append(row(db, f"Finland's forest cluster {year}", "WIOD: c1, c6, c7", "finnish",
                            ["--graph", graph, "--partition", "etla", "--cluster", str(cluster_id(communities, "c7"))]))
        for year in (1995, 2011):
            graph, communities = wiod(db, "JPN", year)
            rows.append(row(db, f"Japan's transport equipment with metals and machinery {year}", "WIOD: c12, c13, c15", "japanese",
                            ["--graph", graph, "--partition", "etla", "--cluster", str(cluster_id(communities, "c15"))]))
        graph, communities = wiod(db, "USA", 2011)
        rows.append(row(db, "The United States, whole economy 2011", "WIOD: 35 industries", "north-american", ["--graph", graph]))
        rows.append(row(db, "The United States' ICT cluster 2011", "WIOD: c14, c27, c30", "north-american",
                        ["--graph", graph, "--partition", "etla", "--cluster", str(cluster_id(communities, "c14"))]))
        graph, communities = wiod(db, "IND", 2011)
        rows.append(row(db, "India, whole economy 2011", "WIOD: 35 industries", "indian", ["--graph", graph]))
        rows.append(row(db, "India's transport equipment with metals and machinery 2011 (NCR car cluster)", "WIOD: c12, c13, c15", "indian",
                        ["--graph", graph, "--partition", "etla", "--cluster", str(cluster_id(communities, "c15"))]))
        rows.append(row(db, "India's chemicals 2011 (Indore pharmaceuticals)", "WIOD: c8, c9, c10", "indian",
                        ["--graph", graph, "--partition", "etla", "--cluster", str(cluster_id(communities, "c9"))]))
        run(db, "import", "nodes", os.path.join(KZ, "nodes.csv"), "--graph", "kz")
        run(db, "import", "links", os.path.join(KZ, "links.csv"), "--graph", "kz")
        run(db, "import", "sources", os.path.join(KZ, "sources.csv"), "--graph", "kz")
        rows.append(row(db, "Kazakhstan's construction materials", "example, attributes", "indian (suitability)", ["--graph", "kz"]))
        run(db, "generate", "pyramid", "--graph", "pyramid", "--links-only")
        rows.append(row(db, "The seed's Toyota pyramid 1 ← 300 ← 5,000 ← 20,000", "generated, links only", "japanese", ["--graph", "pyramid"]))
        run(db, "generate", "pyramid", "--graph", "jv", "--foreign-lead", "--foreign-share", "1")
        rows.append(row(db, "The same pyramid with a foreign lead and first tier", "generated, with attributes", "indian", ["--graph", "jv"]))
        run(db, "generate", "district", "--graph", "district", "--firms", "400", "--links-only")
        rows.append(row(db, "A flat district of 400 competing peers", "generated, links only", "north-american", ["--graph", "district"]))
        recommendation = run_json(db, "recommend", "--preconditions", os.path.join(KZ, "preconditions.csv"))
    header = ("| exemplar | data | seed's model | verdict | ranking (similarity) | margin | measured | not measured |\n"
              "|---|---|---|---|---|---|---|---|")
    order = " > ".join(f"{SHORT[r['model']]} {r['score']:.2f}" for r in recommendation["ranking"])
    table = "\n".join([header, *rows, "",
                       f"`recommend` on the Kazakhstan preconditions (every value illustrative): **{recommendation['verdict']}**; {order}."])
    if "--write-docs" in sys.argv[1:]:
        for name, content in [("validation-table", table), *rules_tables()]:
            write_section(name, content)
    print(table)


if __name__ == "__main__":
    main()
