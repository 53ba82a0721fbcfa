#!/usr/bin/env bash
# The scale series of issue 6: generates corpora of 10k, 100k and 1M articles, times `showkg
# extract` and `showkg load` under /usr/bin/time -v on one thread (--jobs 1) next to their
# references on the same files in the same run (a char scan, `wc -m`; Oxigraph's bulk loader,
# examples/bulk_load.rs), and writes the table and an SVG plot into docs/benchmarks.md.
#
#   bash scripts/bench.sh                      # extract at 10k, 100k, 1M; load at 10k, 100k
#   BENCH_EXTRACT="10000" BENCH_LOAD="10000" bash scripts/bench.sh     # a quick run
#   BENCH_KEEP=1 BENCH_EXTRACT="" BENCH_LOAD="100000" bash scripts/bench.sh   # add a row
#
# Loads take minutes per 10k articles (one transaction per article), so 1M is extract only
# unless BENCH_LOAD says otherwise. Work files go to $BENCH_DIR (default target/bench).
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRACT_SIZES="${BENCH_EXTRACT-10000 100000 1000000}"
LOAD_SIZES="${BENCH_LOAD-10000 100000}"
work="${BENCH_DIR:-target/bench}"
mkdir -p "$work"
results="$work/results.tsv"
# BENCH_KEEP=1 adds to the results of an earlier run instead of starting afresh.
[ -n "${BENCH_KEEP:-}" ] || : > "$results"

cargo build --release --all-targets --locked --quiet
bin=target/release/showkg
gen=target/release/examples/gen_corpus
bulk=target/release/examples/bulk_load

# timed NAME ARTICLES FILE -- COMMAND...: runs COMMAND under /usr/bin/time -v (stdout to
# /dev/null) and appends "name articles bytes seconds peak_rss_kb cpu_seconds" to the results
# (CPU seconds, user + system, are the per-core figure when other jobs share the machine).
timed() {
  local name=$1 n=$2 file=$3
  shift 4
  local log="$work/$name-$n.time"
  /usr/bin/time -v "$@" > /dev/null 2> "$log"
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$log")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$n" "$(stat -c %s "$file")" "$wall" "$rss" "$cpu" >> "$results"
  echo "bench: $name $n: ${wall}s (CPU ${cpu}s), peak RSS ${rss} kB" >&2
}

corpus() {
  local n=$1 file="$work/c$1.jsonl"
  [ -s "$file" ] || "$gen" --articles "$n" --seed 42 --out "$file"
  echo "$file"
}

for n in $EXTRACT_SIZES; do
  file=$(corpus "$n")
  cat "$file" > /dev/null   # the same page cache for both runs
  timed chars-wc "$n" "$file" -- env LC_ALL=C.UTF-8 wc -m "$file"
  timed extract "$n" "$file" -- "$bin" extract --jobs 1 --quiet --format json "$file"
done

for n in $LOAD_SIZES; do
  file=$(corpus "$n")
  rm -rf "$work/kg$n" "$work/bulk$n"
  timed load "$n" "$file" -- "$bin" load --jobs 1 --quiet --location "$work/kg$n" "$file"
  # The reference loads the quads that load wrote (N-Quads of every article graph).
  "$bin" extract --quiet --format nquads "$file" > "$work/q$n.nq"
  timed bulk-load "$n" "$work/q$n.nq" -- "$bulk" --threads 1 --location "$work/bulk$n" "$work/q$n.nq"
  rm -rf "$work/bulk$n"
done

python3 scripts/bench_report.py "$results" docs/benchmarks.md docs/benchmarks-scale.svg \
  "BENCH_EXTRACT=\"$EXTRACT_SIZES\" BENCH_LOAD=\"$LOAD_SIZES\" bash scripts/bench.sh"
echo "bench: wrote docs/benchmarks.md and docs/benchmarks-scale.svg; stores in $work/kg*" >&2
