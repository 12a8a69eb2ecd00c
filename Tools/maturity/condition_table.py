#!/usr/bin/env python3
"""The condition table of Docs/maturity-and-models.md: how often each condition of the default
maturity rules holds, fails or cannot be tested on the shipped WIOD tables (8 countries x 4 years,
ETLA's cluster families of Graphs/wiod-2013/clusters.csv, local sectors set apart), and the classes
of Finland's families, from the clusternet binary's own `clusters --format json` output.

    python3 Tools/maturity/condition_table.py [--clusternet .build/release/clusternet]

Prints Markdown; exits 1 when a condition never holds or never fails on data that can test it.
"""
import argparse
import collections
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
WIOD = ROOT / "Graphs" / "wiod-2013"
COUNTRIES = ["FIN", "SWE", "DEU", "USA", "JPN", "IND", "CHN", "RUS"]
YEARS = [1995, 2000, 2005, 2011]


def run(binary, database, *arguments):
    result = subprocess.run([binary, *arguments, "--db", database], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"clusternet {' '.join(arguments)} failed: {result.stderr}")
    return result.stdout


def assessments(binary):
    with tempfile.TemporaryDirectory() as folder:
        database = str(pathlib.Path(folder) / "wiod.sqlite")
        for country in COUNTRIES:
            for year in YEARS:
                graph = f"{country}-{year}"
                run(binary, database, "import", "io", str(WIOD / f"{graph}.csv"), "--graph", graph,
                    "--world-exports", str(WIOD / "world-exports.csv"), "--year", str(year))
                run(binary, database, "import", "partition", str(WIOD / "clusters.csv"), "--graph", graph, "--name", "etla")
        for country in COUNTRIES:
            for index, year in enumerate(YEARS):
                arguments = ["clusters", "--graph", f"{country}-{year}", "--partition", "etla", "--format", "json"]
                if index > 0:
                    arguments += ["--compare", f"{country}-{YEARS[index - 1]}"]
                yield country, year, json.loads(run(binary, database, *arguments))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clusternet", default=str(ROOT / ".build" / "release" / "clusternet"))
    binary = parser.parse_args().clusternet
    rules = json.loads((ROOT / "Rules" / "maturity-default.json").read_text())
    sources = {}
    for rule in rules["classes"]:
        for condition in rule["conditions"]:
            sources[(rule["class"], label(condition))] = condition.get("source", "")
    counts = collections.defaultdict(collections.Counter)
    classes = collections.Counter()
    finland = collections.defaultdict(dict)
    order = []
    for country, year, document in assessments(binary):
        for cluster in document["clusters"]:
            classes[cluster["class"]] += 1
            if country == "FIN":
                finland[cluster["name"] or "+".join(cluster["members"])][year] = cluster["class"]
            for test in cluster["tests"]:
                key = (test["class"], test["condition"])
                if key not in order:
                    order.append(key)
                counts[key][{True: "holds", False: "fails", None: "untested"}[test["passed"]]] += 1
        for single in document["single_sectors"]:
            classes[single["class"]] += 1
    print("| class | condition | source | holds | fails | not testable |")
    print("|---|---|---|---|---|---|")
    never = []
    for key in order:
        tally = counts[key]
        print(f"| {key[0]} | `{key[1]}` | {sources.get(key, '')} | {tally['holds']} | {tally['fails']} | {tally['untested']} |")
        if tally["holds"] + tally["fails"] > 0 and (tally["holds"] == 0 or tally["fails"] == 0):
            never.append(key)
    print()
    print("Outcomes over the 32 tables: " + ", ".join(f"{name} {count}" for name, count in sorted(classes.items())) + ".")
    print()
    print("| Finland | " + " | ".join(str(year) for year in YEARS) + " |")
    print("|---|" + "---|" * len(YEARS))
    for name, by_year in finland.items():
        print(f"| {name} | " + " | ".join(by_year.get(year, "") for year in YEARS) + " |")
    if never:
        sys.exit(f"conditions that never hold or never fail: {never}")


def label(condition):
    if "anyOf" in condition:
        return "any of (" + ", ".join(label(part) for part in condition["anyOf"]) + ")"
    symbol = {"atLeast": "≥", "atMost": "≤", "above": ">", "below": "<"}[condition["test"]]
    threshold = condition["threshold"]
    if "value" in threshold:
        value = threshold["value"]
        limit = str(int(value)) if value == int(value) else str(value)
    else:
        percentile = threshold["percentile"]
        limit = "p" + (str(int(percentile)) if percentile == int(percentile) else str(percentile))
    return f"{condition['indicator']} {symbol} {limit}"


if __name__ == "__main__":
    main()
