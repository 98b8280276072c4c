#!/usr/bin/env bash
# Scores the extractor on a PolNeAR-style folder (articles/ + gold.json + score.py, e.g. ../shared/polnear-train)
# without a store: snapshot of every article graph, the CSV files the scorer reads, then the scorer.
#   src/test/scripts/polnear-score.sh ../shared/polnear-train [OUT_DIR] [-v]
# Prints the scorer's table; OUT_DIR (default target/polnear) keeps the snapshot and the CSV files.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
corpus=$(cd "$1" && pwd)
out=${2:-$here/../../../target/polnear}
shift $(( $# >= 2 ? 2 : 1 ))
rm -rf "$out/snapshot"
"$here/snapshot.sh" "$out/snapshot" "$corpus/articles" >/dev/null
python3 "$here/snapshot-csv.py" "$out/snapshot/$(basename "$corpus")-articles" "$out/statements.csv" "$out/mentions.csv"
python3 "$corpus/score.py" "$corpus/gold.json" "$out/statements.csv" "$out/mentions.csv" "$@"
