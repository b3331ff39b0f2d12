#!/usr/bin/env bash
# Reproduces the tables of docs/relevance.md: `gazette eval` on five judged test collections (TIME,
# CISI, Cranfield, MED, NPL) under each configuration tried, printed as Markdown rows of
# nDCG@10 / MAP@1000 per collection and their means over the five.
#
#   docs/relevance-runs.sh                    every table, in the order of docs/relevance.md
#   docs/relevance-runs.sh sanity defaults    only the tables named (see TABLES below)
#
# The collections are read from $GAZETTE_SHARED/data (default: the `shared` folder beside the
# repository); they are research data and not part of the repository. Every evaluation indexes its
# collection in memory. Every table is deterministic, so each evaluation's scores (and its wall time)
# are cached in $RELEVANCE_CACHE (default target/relevance-runs; delete it after changing ranking code;
# runs without switches, which depend on the built defaults, are never cached), and
# the rows of the five collections are collected there for the leave-one-collection-out table.
set -euo pipefail
shopt -s inherit_errexit
root="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
data="${GAZETTE_SHARED:-$root/../shared}/data"
cache="${RELEVANCE_CACHE:-$root/target/relevance-runs}"
mkdir -p "$cache"
TABLES=(sanity stemmer stopwords bm25 title proximity feedback tuned final loco heldout defaults)
# Rows of the five collections are recorded for the leave-one-collection-out table; the held-out
# table's rows (other collections) are not.
record_rows=1
# The defaults before any tuning, spelled out.
previous_defaults=(--stemmer porter --stopwords --folding --k1 0.9 --b 0.4 --boosts 3,1.5,1,0.5 --proximity 1 --feedback off)

# name|path prefix of <prefix>.docs.jsonl.gz, <prefix>.queries.tsv and <prefix>.qrels
collections=(
  "TIME|$data/ir-time/time"
  "CISI|$data/ir-glasgow-classic/cisi/cisi"
  "Cranfield|$data/ir-glasgow-classic/cran/cran"
  "MED|$data/ir-glasgow-classic/med/med"
  "NPL|$data/ir-glasgow-classic/npl/npl"
)

# "nDCG@10 MAP@1000" of one collection (path prefix $1) evaluated with the switches that follow.
# The documents' text is in field `text`; `title` (CISI, Cranfield) and `date` (TIME) are read by default.
# The cache file holds "nDCG@10 MAP@1000 seconds" (four decimals; the wall time of the whole command).
scores() {
  local prefix="$1"
  shift
  local key
  key="$(printf '%s\n' "$prefix" "$@" | md5sum | cut -c1-32)"
  # Without switches the result depends on the built defaults: never taken from the cache.
  if (($# == 0)) || [[ ! -s "$cache/$key" ]]; then
    local started output
    started="$(date +%s.%N)"
    output="$("$root/gazette" eval --docs "$prefix.docs.jsonl.gz" --body-field text \
      --topics "$prefix.queries.tsv" --qrels "$prefix.qrels" "$@" 2>"$cache/$key.err")" ||
      { echo "gazette eval failed on $prefix $*:" >&2; cat "$cache/$key.err" >&2; exit 1; }
    echo "$output" | awk -v started="$started" -v ended="$(date +%s.%N)" \
      '$1 == "nDCG@10" { n = $2 } $1 == "MAP@1000" { m = $2 }
        END { if (n == "") exit 1; printf "%s %s %.1f\n", n, m, ended - started }' >"$cache/$key.part"
    mv "$cache/$key.part" "$cache/$key"
  fi
  awk '{ printf "%.3f %.3f\n", $1, $2 }' "$cache/$key"
}

# One table row: label $1, then nDCG@10 / MAP of each collection and the means, with the switches that follow.
measure() {
  local label="$1"
  shift
  local line="| $label |" all=""
  for entry in "${collections[@]}"; do
    local result
    result="$(scores "${entry#*|}" "$@")"
    line+=" ${result% *} / ${result#* } |"
    all+="$result "
  done
  if ((record_rows)); then
    printf '%s\t%s\n' "$label" "$all" >>"$cache/rows.tsv"
  fi
  echo "$line $(echo "$all" | awk '{ for (i = 1; i <= NF; i += 2) { n += $i; m += $(i + 1) } printf "**%.3f / %.3f**", n * 2 / NF, m * 2 / NF }') |"
}

# A row of the Anserini-style BM25 baseline with the KEY=VALUE changes given after the label.
row() {
  local label="$1"
  shift
  local stemmer=porter stopwords=--stopwords folding=--folding k1=0.9 b=0.4 boosts=1,1,1,1 proximity=0 feedback=off
  if (($#)); then
    local "$@"
  fi
  measure "$label" --stemmer "$stemmer" "$stopwords" "$folding" --k1 "$k1" --b "$b" --boosts "$boosts" \
    --proximity "$proximity" --feedback "$feedback"
}

# A table's title and head: one column per collection, then the means.
header() {
  local names="" rule=""
  for entry in "${collections[@]}"; do
    names+=" ${entry%%|*} |"
    rule+="---|"
  done
  printf '\n### %s\n\n| configuration |%s mean |\n|---|%s---|\n' "$1" "$names" "$rule"
}

table_sanity() {
  printf '\n### sanity: BM25 k1 0.9 b 0.4, no stemming, as in PROVENANCE.md\n\n'
  printf '| collection | PROVENANCE.md nDCG@10 / MAP | gazette eval nDCG@10 / MAP |\n|---|---|---|\n'
  local recorded=("0.671 / 0.607" "0.338 / 0.176" "0.338 / 0.280" "0.665 / 0.489" "0.379 / 0.224")
  local i=0
  for entry in "${collections[@]}"; do
    local result
    result="$(scores "${entry#*|}" --stemmer none --k1 0.9 --b 0.4 --boosts 1,1,1,1 --proximity 0 --feedback off)"
    echo "| ${entry%|*} | ${recorded[$i]} | ${result% *} / ${result#* } |"
    i=$((i + 1))
  done
}

table_stemmer() {
  header "stemmer (baseline: Porter)"
  for stemmer in porter kstem minimal none; do
    row "$stemmer" stemmer="$stemmer"
  done
}

table_stopwords() {
  header "stop words and accent folding"
  row "stop words removed, folding (baseline)"
  row "stop words kept" stopwords=--no-stopwords
  row "no folding" folding=--no-folding
}

table_bm25() {
  header "BM25 k1 and b"
  row "k1 0.9, b 0.3" b=0.3
  for k1 in 0.6 0.9 1.2 1.5; do
    for b in 0.4 0.6 0.75; do
      row "k1 $k1, b $b" k1="$k1" b="$b"
    done
  done
}

table_title() {
  header "title weight (title,haiku,body,references)"
  for title in 0.5 1 1.5 3; do
    row "title $title" boosts="$title,1,1,1"
  done
}

table_proximity() {
  header "proximity bonus"
  for proximity in 0 0.25 0.5 1; do
    row "proximity $proximity" proximity="$proximity"
  done
}

table_feedback() {
  header "RM3 feedback on the baseline (Anserini's BM25+RM3 settings)"
  row "off (baseline)"
  row "RM3 10,10,0.5" feedback=10,10,0.5
}

# The refinement around the best of the coarse tables (k1 1.2, b 0.6), without RM3.
table_tuned() {
  header "refined around k1 1.2, b 0.6: proximity, title, b, stemmer"
  for proximity in 0 0.25 0.5 1; do
    row "k1 1.2, b 0.6, proximity $proximity" k1=1.2 b=0.6 proximity="$proximity"
  done
  row "k1 1.2, b 0.6, proximity 0.5, title 1.5" k1=1.2 b=0.6 proximity=0.5 boosts=1.5,1,1,1
  row "k1 1.2, b 0.75, proximity 0.5" k1=1.2 b=0.75 proximity=0.5
  row "k1 1.5, b 0.6, proximity 0.5" k1=1.5 b=0.6 proximity=0.5
  row "k1 1.2, b 0.6, proximity 0.5, kstem" k1=1.2 b=0.6 proximity=0.5 stemmer=kstem
}

# The last round: RM3 settings on the best configuration without it.
final_rows() {
  row "BM25 baseline (Anserini-style)"
  row "k1 1.2, b 0.6, proximity 0.5" k1=1.2 b=0.6 proximity=0.5
  for spec in 10,10,0.5 5,10,0.8 5,20,0.8 5,20,0.9 10,20,0.9; do
    row "k1 1.2, b 0.6, proximity 0.5, RM3 $spec" k1=1.2 b=0.6 proximity=0.5 feedback="$spec"
  done
}

table_final() {
  header "k1 1.2, b 0.6, proximity 0.5: RM3 settings"
  final_rows
}

# Leave one collection out: the configuration with the best mean of nDCG@10 and MAP over the other
# four collections (among every row measured so far, RM3 rows included or not), scored on the fifth.
# It reads the rows the other tables recorded, so run it after them (as the full run does).
table_loco() {
  printf '\n### leave one collection out\n\n'
  printf '| held out | RM3 rows | best on the other four | its nDCG@10 / MAP there | baseline there |\n|---|---|---|---|---|\n'
  python3 - "$cache/rows.tsv" "${collections[@]%%|*}" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1], encoding="utf-8"):
    label, scores = line.rstrip("\n").split("\t")
    values = [float(v) for v in scores.split()]
    rows[label] = list(zip(values[0::2], values[1::2]))
names = sys.argv[2:]
if "BM25 baseline (Anserini-style)" not in rows:
    sys.exit("leave-one-out needs the rows of the other tables: run them first (e.g. the table 'final')")
baseline = rows["BM25 baseline (Anserini-style)"]
for held, name in enumerate(names):
    for with_rm3 in (False, True):
        candidates = {label: r for label, r in rows.items()
                      if "defaults" not in label and (with_rm3 or "RM3" not in label)}
        best = max(candidates, key=lambda label: sum(n + m for i, (n, m) in enumerate(candidates[label]) if i != held))
        n, m = rows[best][held]
        bn, bm = baseline[held]
        print(f"| {name} | {'yes' if with_rm3 else 'no'} | {best} | {n:.3f} / {m:.3f} | {bn:.3f} / {bm:.3f} |")
PY
}

# ADI and LISA, not used for tuning: converted from their raw files into a folder outside the
# repository (research data), at a fixed path so that their evaluations are cached too.
table_heldout() {
  local temp="${TMPDIR:-/tmp}/gazette-relevance-heldout"
  python3 "$root/docs/relevance-heldout.py" "$data/ir-glasgow-classic" "$temp"
  local collections=("ADI|$temp/adi/adi" "LISA|$temp/lisa/lisa") record_rows=0
  header "held out: ADI and LISA"
  row "BM25 baseline (Anserini-style)"
  row "k1 1.2, b 0.6, proximity 0.25" k1=1.2 b=0.6 proximity=0.25
  row "k1 1.2, b 0.75, proximity 0.5" k1=1.2 b=0.75 proximity=0.5
  for spec in 10,10,0.5 5,20,0.9; do
    row "k1 1.2, b 0.6, proximity 0.5, RM3 $spec" k1=1.2 b=0.6 proximity=0.5 feedback="$spec"
  done
  measure "defaults before tuning" "${previous_defaults[@]}"
  measure "Gazette defaults"
}

table_defaults() {
  header "the defaults"
  row "BM25 baseline (Anserini-style)"
  measure "defaults before tuning" "${previous_defaults[@]}"
  measure "Gazette defaults"
}

for table in "${@:-${TABLES[@]}}"; do
  if [[ " ${TABLES[*]} " != *" $table "* ]]; then
    echo "unknown table '$table'; known: ${TABLES[*]}" >&2
    exit 2
  fi
  "table_$table"
done
