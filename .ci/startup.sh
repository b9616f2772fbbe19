#!/usr/bin/env bash
# Start-up cost of one `jewelquiz recommend` call against a Go hello-world,
# wall clock and CPU (user+sys), measured by hyperfine in the same run.
# Not part of .ci/run: it measures, it does not check, and a busy machine
# moves the figures.
#
# The builds take turns: each of ROUNDS rounds runs every command RUNS
# times, one command after another, and each round's means are divided by
# that round's hello-world, so that a machine getting busier or quieter
# moves every command alike. The table gives the median over the rounds.
#
# Builds measured:
#   jewelquiz          go build, as it is (cgo on where a C compiler is
#                      found, so dynamically linked against libc)
#   jewelquiz-static   CGO_ENABLED=0 go build
#   headless-static    CGO_ENABLED=0 go build -tags headless: the headless
#                      commands without the quiz and the SSH server
#   headless-es        the same, with --lang es
#
# Environment:
#   ROUNDS=30    rounds
#   RUNS=20      runs of each command in a round (after 10 warm-up runs)
#   BASE=REV     also build and time the static jewelquiz of git revision
#                REV (main, say)
#
# Needs hyperfine and jq (Debian packages hyperfine, jq).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

ROUNDS=${ROUNDS:-30}
RUNS=${RUNS:-20}
for tool in hyperfine jq; do
	command -v "$tool" >/dev/null || {
		echo "$tool is missing (apt-get install $tool)" >&2
		exit 1
	}
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir "$tmp/hello"
printf 'module hello\n\ngo 1.25\n' >"$tmp/hello/go.mod"
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello, world") }\n' >"$tmp/hello/main.go"
(cd "$tmp/hello" && go build -o "$tmp/build/hello-world" .)

# build DIR NAME [FLAGS...]: builds the jewelquiz in DIR as NAME with go
# build FLAGS, in the environment given for the call (CGO_ENABLED=0 build).
build() {
	local dir=$1 name=$2
	shift 2
	(cd "$dir" && go build "$@" -o "$tmp/build/$name" .)
}
build . jewelquiz
CGO_ENABLED=0 build . jewelquiz-static
CGO_ENABLED=0 build . headless-static -tags headless
cp "$tmp/build/headless-static" "$tmp/build/headless-es" # the same, run with --lang es
names=(hello-world jewelquiz jewelquiz-static headless-static headless-es)
if [[ -n ${BASE:-} ]]; then
	mkdir "$tmp/base-src"
	git archive "$BASE" | tar -x -C "$tmp/base-src"
	CGO_ENABLED=0 build "$tmp/base-src" base-static
	names+=(base-static)
fi
# A file fresh from the linker can run slower than a copy of the same
# bytes (how it sits in the page cache): every binary is run as a copy.
mkdir "$tmp/bin"
for n in "${names[@]}"; do cp "$tmp/build/$n" "$tmp/bin/$n"; done

go run ./.ci/genanswers -n 1 >"$tmp/answers.json"
cmds=("$tmp/bin/hello-world")
for n in "${names[@]:1}"; do
	lang=""
	[[ $n == headless-es ]] && lang=" --lang es"
	cmds+=("$tmp/bin/$n recommend --format json$lang --answers $tmp/answers.json")
done
for ((r = 1; r <= ROUNDS; r++)); do
	# Each round starts from a different command.
	rot=$(((r - 1) % ${#cmds[@]}))
	order=("${cmds[@]:rot}" "${cmds[@]:0:rot}")
	if ! hyperfine -N --style none --warmup 10 --runs "$RUNS" --export-json "$tmp/round$r.json" "${order[@]}" >/dev/null 2>"$tmp/err"; then
		cat "$tmp/err" >&2
		exit 1
	fi
done

echo "one answer set: jewelquiz recommend --format json --answers FILE"
echo "$ROUNDS rounds of $RUNS runs of each command; medians over the rounds${BASE:+; base is $BASE}"
jq -rs --arg names "${names[*]}" '
	($names | split(" ")) as $n
	| def med: sort | if length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end;
	  def r2: . * 100 | round / 100;
	  def pad($w): tostring | . + " " * ($w - length);
	# per round: each binary name -> {wall, cpu} in ms
	[ .[] | .results | map({key: (.command | split(" ") | first | split("/") | last), value: {wall: (.mean * 1000), cpu: ((.user + .system) * 1000)}}) | from_entries ] as $rounds
	| "binary            wall ms  cpu ms  wall ×hello  cpu ×hello",
	  ($n[] as $b
	   | [$b,
	      ([$rounds[] | .[$b].wall] | med),
	      ([$rounds[] | .[$b].cpu] | med),
	      ([$rounds[] | .[$b].wall / .["hello-world"].wall] | med),
	      ([$rounds[] | .[$b].cpu / .["hello-world"].cpu] | med)]
	   | "\(.[0] | pad(16))  \(.[1] | r2 | pad(7))  \(.[2] | r2 | pad(6))  \(.[3] | r2 | pad(11))  \(.[4] | r2)")
' "$tmp"/round*.json
