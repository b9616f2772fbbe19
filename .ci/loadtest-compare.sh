#!/usr/bin/env bash
# The SSH server under load, before and after: the quiz server as built from
# OLD (a git ref, main by default) and from this working tree, each driven
# by this tree's load test (ui/serve/loadtest) with the clients in a child
# process (-split), so the CPU and memory are the server's alone. The two
# take turns, size after size, round after round (which goes first changes
# each round), and the medians are compared, so a busy machine slows both
# alike. Not part of .ci/run: 1,000 sessions take about 20 s a run.
#
# Environment:
#   OLD=main               the git ref to compare against
#   SIZES="200 500 1000"   concurrent sessions of each run
#   ROUNDS=3               runs of each size and build
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

OLD=${OLD:-main}
SIZES=${SIZES:-200 500 1000}
ROUNDS=${ROUNDS:-3}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/old"
git archive "$OLD" | tar -x -C "$tmp/old"
rm -rf "$tmp/old/ui/serve/loadtest"
cp -r ui/serve/loadtest "$tmp/old/ui/serve/loadtest"
(cd "$tmp/old" && go build -o "$tmp/old.bin" ./ui/serve/loadtest)
go build -o "$tmp/new.bin" ./ui/serve/loadtest
echo "old: $OLD ($(git rev-parse --short "$OLD")), new: this tree ($(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ', changed')); sizes $SIZES; $ROUNDS rounds; load average $(cut -d' ' -f1 /proc/loadavg)"

# run BUILD N: one run; appends "cpu p50 p95 rss completed" to $tmp/BUILD-N.
run() {
	local line
	line=$("$tmp/$1.bin" -n "$2" -split -idle 0 | grep '^loadtest: n=') || true
	if [[ -z $line ]]; then
		echo "$1 -n $2: no summary line" >&2
		return 1
	fi
	awk '{
		for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
		gsub(/ms|MiB/, "", v["cpu_per_session"]); gsub(/ms/, "", v["connect_p50"]); gsub(/ms/, "", v["connect_p95"]); gsub(/MiB/, "", v["rss_per_session"])
		print v["cpu_per_session"], v["connect_p50"], v["connect_p95"], v["rss_per_session"], v["completed"]
	}' <<<"$line" >>"$tmp/$1-$2"
}

for ((r = 1; r <= ROUNDS; r++)); do
	for n in $SIZES; do
		if ((r % 2)); then order=(old new); else order=(new old); fi
		for b in "${order[@]}"; do
			run "$b" "$n"
		done
	done
	echo "round $r done"
done

# median FILE COLUMN: the median, and the lowest and highest in brackets.
median() {
	cut -d' ' -f"$2" "$1" | sort -g | awk '{v[NR] = $1} END {printf "%g [%g–%g]", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, v[1], v[NR]}'
}

echo
echo "| sessions | build | completed | server CPU per session, ms | dial → first frame p50, ms | p95, ms | server RSS per session (peak), MiB |"
echo "|---|---|---|---|---|---|---|"
for n in $SIZES; do
	for b in old new; do
		f="$tmp/$b-$n"
		printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$b" \
			"$(cut -d' ' -f5 "$f" | sort | uniq -c | awk '{printf "%s%s×%s", (NR > 1 ? ", " : ""), $1, $2}')" \
			"$(median "$f" 1)" "$(median "$f" 2)" "$(median "$f" 3)" "$(median "$f" 4)"
	done
done
echo "(medians of $ROUNDS runs, [lowest–highest]; completed: runs × sessions completed)"
