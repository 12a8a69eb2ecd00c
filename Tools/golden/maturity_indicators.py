#!/usr/bin/env python3
"""Golden values for the maturity indicators, recomputed with pandas straight from the shipped
files (not from ClusterNet): Tests/clusternetTests/Golden/maturity-indicators.json.

- WIOD Finland 1995-2011, ETLA's cluster families (Graphs/wiod-2013/clusters.csv) without the
  local sectors (Graphs/wiod-2013/sector-types.csv): output, exports, export share, world share,
  RCA (Balassa, totals over the 35 industries), internal linkage (share of members' intermediate
  sales to members, own-sector flows included), linkage lift, members' RCA, and against the
  previous year output, export and world-share growth and RCA change.
- Finland 2014 regional tables: the location quotient of output of the forest cluster (02_03, 16,
  17_18) in each region against the sum of the regions, and of the WIOD forest family (c1, c6, c7)
  carried onto the regional sectors through Graphs/finland-io-2014/wiod-concordance.csv, as `report` does.

    python3 Tools/golden/maturity_indicators.py     # rewrites the golden file
"""
import json
import pathlib

import pandas as pd

ROOT = pathlib.Path(__file__).resolve().parents[2]
WIOD = ROOT / "Graphs" / "wiod-2013"
FINLAND = ROOT / "Graphs" / "finland-io-2014"
OUT = ROOT / "Tests" / "clusternetTests" / "Golden" / "maturity-indicators.json"
SECTORS = [f"c{i}" for i in range(1, 36)]
YEARS = [1995, 2000, 2005, 2011]
FOREST = ["02_03", "16", "17_18"]


def wiod():
    world = pd.read_csv(WIOD / "world-exports.csv")
    types = pd.read_csv(WIOD / "sector-types.csv").set_index("key")["type"]
    families = pd.read_csv(WIOD / "clusters.csv")
    clusters = {}
    for name, group in families.groupby("cluster", sort=False):
        members = [key for key in group.key if types[key] == "traded"]
        if len(members) >= 2:
            clusters[name] = members
    result, previous = {}, None
    for year in YEARS:
        table = pd.read_csv(WIOD / f"FIN-{year}.csv", index_col=0)
        flows = table.loc[SECTORS, SECTORS].astype(float)
        output = table.loc["output", SECTORS].astype(float)
        exports = table.loc[SECTORS, "exports"].astype(float)
        w = world[world.year == year].set_index("industry").world_exports.reindex(SECTORS).astype(float)
        member_rca = (exports / exports.sum()) / (w / w.sum())
        values = {}
        for name, members in clusters.items():
            sales = flows.loc[members].to_numpy().sum()
            inside = flows.loc[members, members].to_numpy().sum()
            purchases = flows[members].to_numpy().sum()
            e, x, ww = exports[members].sum(), output[members].sum(), w[members].sum()
            entry = {
                "members": sorted(members),
                "output": x, "exports": e, "export_share": e / x, "world_share": e / ww,
                "rca": (e / exports.sum()) / (ww / w.sum()),
                "internal_linkage": inside / sales,
                "linkage_lift": (inside / sales) / (purchases / flows.to_numpy().sum()),
                "member_rca": {key: member_rca[key] for key in members},
            }
            if previous is not None:
                before = previous[name]
                entry["output_growth"] = x / before["output"] - 1
                entry["export_growth"] = e / before["exports"] - 1
                entry["world_share_growth"] = entry["world_share"] / before["world_share"] - 1
                entry["rca_change"] = entry["rca"] - before["rca"]
            values[name] = entry
        result[f"FIN-{year}"] = values
        previous = values
    return result


def regional_output():
    table = pd.read_csv(FINLAND / "io2014.csv", sep=";")
    rows = table[table.COM == "Tuotos perushintaan"].copy()
    rows["sector"] = rows.IND.str.split(" ").str[0]
    sectors = pd.read_csv(FINLAND / "sectors.csv", dtype=str).key
    return rows[rows.sector.isin(sectors)].pivot_table(index="REG", columns="sector", values="value", aggfunc="sum")


def location_quotients(output, members):
    national = output.sum()
    return {region: (output.loc[region, members].sum() / output.loc[region].sum()) / (national[members].sum() / national.sum())
            for region in output.index}


def main():
    output = regional_output()
    concordance = pd.read_csv(FINLAND / "wiod-concordance.csv", dtype=str)
    # The WIOD forest family (c1, c6, c7) carried onto the regional sectors, as `report --concordance` does.
    family = sorted(concordance[concordance.wiod.isin(["c1", "c6", "c7"])].key)
    document = {"wiod_finland": wiod(), "forest_lq_2014": location_quotients(output, FOREST),
                "forest_family_regional_sectors": family, "forest_family_lq_2014": location_quotients(output, family)}
    OUT.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
