#!/bin/sh
# Expected bytes of `clusternet export` in every format, for Tests/clusternetTests/ExportTests.swift.
#
# Imports Tests/clusternetTests/Golden/export/nodes.csv and links.csv as graph `kz` and writes
# kz.graphml, kz.gexf, kz.json, kz.csv, kz-nodes.csv and kz.dot beside them. The files in the
# repository were written by the exporter before it streamed (commit 4cbd845), so the test proves
# the streamed output is byte-identical; rerun only after a deliberate change of a format.
#
# Run from the repository root:  Tools/golden/export.sh [path/to/clusternet]
set -eu
clusternet=${1:-.build/debug/clusternet}
golden=Tests/clusternetTests/Golden/export
db=$(mktemp -d)/golden.sqlite
"$clusternet" import nodes "$golden/nodes.csv" --graph kz --db "$db" >/dev/null
"$clusternet" import links "$golden/links.csv" --graph kz --db "$db" >/dev/null
for format in graphml gexf json csv dot; do
    "$clusternet" export --graph kz --to "$format" --db "$db" > "$golden/kz.$format"
done
"$clusternet" export --graph kz --to csv --nodes --db "$db" > "$golden/kz-nodes.csv"
rm -rf "$(dirname "$db")"
