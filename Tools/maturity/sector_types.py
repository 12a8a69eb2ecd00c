#!/usr/bin/env python3
"""Writes the traded/local sector classifications shipped in Graphs/ (Delgado, Porter & Stern 2016).

Rule: a WIOD industry is *local* when its median export share (exports / output) over the 32
shipped tables (8 countries x 1995, 2000, 2005, 2011) is below 2 %; every such industry is also in
one of Delgado-Porter-Stern's local clusters (the reason column names it), and every other industry
is traded. Finland's 30 regional sectors take the type of the WIOD industry they map to in
Graphs/finland-io-2014/wiod-concordance.csv, so both table families draw the line in one place.

    python3 Tools/maturity/sector_types.py        # rewrites the two sector-types.csv files
"""
import csv
import pathlib

import pandas as pd

ROOT = pathlib.Path(__file__).resolve().parents[2] / "Graphs"
WIOD = ROOT / "wiod-2013"
FINLAND = ROOT / "finland-io-2014"
LOCAL_BELOW = 0.02
SECTORS = [f"c{i}" for i in range(1, 36)]
COUNTRIES = ["FIN", "SWE", "DEU", "USA", "JPN", "IND", "CHN", "RUS"]
YEARS = [1995, 2000, 2005, 2011]

# Delgado, Porter & Stern (2016) local clusters that each local WIOD industry belongs to.
LOCAL_CLUSTER = {
    "c17": "Local Utilities: power, gas and water distributed to local customers",
    "c18": "Local Real Estate, Construction and Development",
    "c19": "Local Motor Vehicle Products and Services (dealers, repair)",
    "c21": "Local Retailing",
    "c22": "Local Hospitality Establishments (restaurants, most hotels)",
    "c28": "Local Financial Services (retail banking, insurance agents)",
    "c29": "Local Real Estate, Construction and Development",
    "c31": "Local Community and Civic Organizations (public administration)",
    "c32": "Local Education and Training",
    "c33": "Local Health Services",
    "c34": "Local Personal Services and Local Entertainment",
    "c35": "Local Household Goods and Services (private households as employers)",
}


def wiod_export_shares():
    shares = []
    for country in COUNTRIES:
        for year in YEARS:
            table = pd.read_csv(WIOD / f"{country}-{year}.csv", index_col=0)
            output = table.loc["output", SECTORS].astype(float)
            exports = table.loc[SECTORS, "exports"].astype(float)
            shares.append((exports / output.where(output > 0)).rename(f"{country}-{year}"))
    return pd.concat(shares, axis=1).median(axis=1)


def main():
    median = wiod_export_shares()
    types = {}
    with open(WIOD / "sector-types.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["key", "type", "median_export_share", "reason"])
        for key in SECTORS:
            local = median[key] < LOCAL_BELOW
            if local != (key in LOCAL_CLUSTER):
                raise SystemExit(f"{key}: the export-share rule and the local-cluster list disagree; check both")
            types[key] = "local" if local else "traded"
            reason = (f"median export share {median[key]:.1%} < 2 %; {LOCAL_CLUSTER[key]}" if local
                      else f"median export share {median[key]:.1%} >= 2 %")
            writer.writerow([key, types[key], f"{median[key]:.4f}", reason])
    concordance = pd.read_csv(FINLAND / "wiod-concordance.csv", dtype=str)
    with open(FINLAND / "sector-types.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["key", "type", "wiod", "reason"])
        for row in concordance.itertuples():
            writer.writerow([row.key, types[row.wiod], row.wiod, f"as WIOD {row.wiod} (Graphs/wiod-2013/sector-types.csv)"])


if __name__ == "__main__":
    main()
