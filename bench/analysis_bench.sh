#!/usr/bin/env bash
# Times each analysis command on a synthetic corpus (make-corpus): best of 3 wall-clock runs.
# Usage: bench/analysis_bench.sh [DOCS] [WORKDIR]   (defaults: 2000, /tmp/crossboard-analysis-bench)
# Prints a Markdown table for bench/RESULTS.md. Needs a built build/cli/crossboard (scripts/setup).
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-2000}
work=${2:-/tmp/crossboard-analysis-bench}
bin=${CROSSBOARD_BINARY:-build/cli/crossboard}
make_corpus=${MAKE_CORPUS:-../shared/bench/make-corpus}

mkdir -p "$work"
if [[ ! -f "$work/corpus-$docs/manifest.jsonl" ]]; then
  "$make_corpus" --docs "$docs" --seed 1 --out "$work/corpus-$docs" --force --quiet
fi
db="$work/db-$docs"
if [[ ! -d "$db" ]]; then
  "$bin" index "$work/corpus-$docs" --db "$db" >"$work/index-$docs.log" 2>&1 || true
fi
meetings=$(xapian-delve -t XDTmeeting "$db" 2>/dev/null | sed -n 's/.*termfreq \([0-9]*\).*/\1/p' | head -1)
items=$(xapian-delve -t XDTitem "$db" 2>/dev/null | sed -n 's/.*termfreq \([0-9]*\).*/\1/p' | head -1)
# The board that met most often: the terms benchmark reads all its items.
board=$("$bin" compare cse --db "$db" --json | python3 -c '
import json, sys
rows = [r for r in json.load(sys.stdin)["rows"] if r["board_id"]]
print(max(rows, key=lambda r: r["meetings_held"])["board_id"])')

# Best of three wall-clock seconds for one command (output discarded).
best_of_3() {
  local best=""
  for _ in 1 2 3; do
    local start end t
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc)
    if [[ -z "$best" ]] || (($(echo "$t < $best" | bc))); then best=$t; fi
  done
  printf '%.3f' "$best"
}

rm -f "$db/crossboard-watches.json"
"$bin" watch add bench-cse topic:cse --db "$db" >/dev/null

# The 1, 5 and 15 minute load averages: timings on a shared machine mean little without them.
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
load_before=$(load_average)

echo "Corpus: make-corpus --docs $docs --seed 1: $meetings meetings, $items items ($(du -sh "$work/corpus-$docs" | cut -f1) text, index $(du -sh "$db" | cut -f1))."
echo
echo "| command | seconds (best of 3) |"
echo "|---|---|"
run() { echo "| \`$*\` | $(best_of_3 "$bin" "$@" --db "$db") |"; }
run compare cse
run compare cse lac missing-children --by board,year
run compare cse --by year --per-meeting --csv
run timeline cse
run cooccur cse
run decisions topic:cse
run decisions
run actions
run actions --owner smith
run terms --board "$board"
echo "| \`evidence cse --out pack.md\` | $(best_of_3 "$bin" evidence cse --db "$db" --out "$work/pack.md") |"
echo "| \`evidence cse --out pack.json\` | $(best_of_3 "$bin" evidence cse --db "$db" --out "$work/pack.json") |"
echo "| \`watch run --since 2000-01-01\` | $(best_of_3 "$bin" watch run --since 2000-01-01 --db "$db") |"
run search cse --all --json
echo
echo "Load average (1, 5, 15 min) before: $load_before; after: $(load_average)."
