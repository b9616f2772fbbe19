#!/usr/bin/env bash
# Throughput of `jewelquiz recommend` against `jq -c .` on the same JSON
# Lines file: every valid answer set of the embedded rulebook, repeated to
# LINES lines. The commands take turns, round after round, and the medians
# of each are compared, so a busy machine slows them alike. Not part of
# .ci/run: with the default million lines it takes minutes.
#
# Environment:
#   LINES=1000000   answer sets in the file
#   ROUNDS=5        rounds of every command
#   OTHER=PATH      also time this jewelquiz binary (an older build, say)
#
# Needs jq (Debian package jq).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

LINES=${LINES:-1000000}
ROUNDS=${ROUNDS:-5}
command -v jq >/dev/null || {
	echo "jq is missing (apt-get install jq)" >&2
	exit 1
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/jewelquiz" .
go run ./.ci/genanswers -n "$LINES" >"$tmp/answers.jsonl"
echo "$LINES answer sets, $(($(stat -c %s "$tmp/answers.jsonl") >> 20)) MiB; $ROUNDS rounds"

declare -A cmds=(
	[jq]="jq -c . $tmp/answers.jsonl"
	[json]="$tmp/jewelquiz recommend --format json --answers $tmp/answers.jsonl"
	[text]="$tmp/jewelquiz recommend --format text --answers $tmp/answers.jsonl"
)
order=(jq json text)
if [[ -n ${OTHER:-} ]]; then
	cmds[other-json]="$OTHER recommend --format json --answers $tmp/answers.jsonl"
	cmds[other-text]="$OTHER recommend --format text --answers $tmp/answers.jsonl"
	order+=(other-json other-text)
fi

# run NAME: runs the command once, appending "wall cpu" in seconds to
# $tmp/NAME.
run() {
	local TIMEFORMAT='%R %U %S' t
	t=$({ time ${cmds[$1]} >/dev/null; } 2>&1)
	awk '{printf "%.3f %.3f\n", $1, $2 + $3}' <<<"$t" >>"$tmp/$1"
}

for ((r = 1; r <= ROUNDS; r++)); do
	for name in "${order[@]}"; do
		run "$name"
	done
done

# median FILE COLUMN
median() {
	cut -d' ' -f"$2" "$1" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

jqw=$(median "$tmp/jq" 1)
jqc=$(median "$tmp/jq" 2)
printf '%-11s %9s %9s %12s %14s %12s\n' command "wall s" "cpu s" "lines/s" "wall × jq" "speed ÷ jq"
for name in "${order[@]}"; do
	w=$(median "$tmp/$name" 1)
	c=$(median "$tmp/$name" 2)
	awk -v n="$name" -v w="$w" -v c="$c" -v l="$LINES" -v jw="$jqw" \
		'BEGIN {printf "%-11s %9.2f %9.2f %12.0f %13.2f× %12.2f\n", n, w, c, l / w, w / jw, jw / w}'
done
echo "(medians of $ROUNDS; jq cpu ${jqc}s. Goals: json speed ≥ 0.50 of jq's, text ≥ 0.33)"
