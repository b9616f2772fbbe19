#!/usr/bin/env bash
# Start-up cost of one `jewelquiz recommend` call against a Go hello-world,
# wall clock and CPU (user+sys), measured by hyperfine in the same run, as
# the mean of RUNS runs of each. Not part of .ci/run: it measures, it does
# not check, and a busy machine moves the figures.
#
# jewelquiz is built twice: with `go build` as it is (cgo on where a C
# compiler is found, so dynamically linked against libc) and with
# CGO_ENABLED=0 (static).
#
# Environment:
#   RUNS=300     runs of each command (after 20 warm-up runs)
#   BASE=REV     also build and time the jewelquiz of git revision REV
#                (main, say), both ways
#
# Needs hyperfine and jq (Debian packages hyperfine, jq).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUNS=${RUNS:-300}
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
(cd "$tmp/hello" && go build -o "$tmp/hello-world" .)

# build DIR NAME: builds the jewelquiz in DIR as NAME (cgo as go build
# decides) and NAME-static (CGO_ENABLED=0).
build() {
	(cd "$1" && go build -o "$tmp/$2" . && CGO_ENABLED=0 go build -o "$tmp/$2-static" .)
}
build . jewelquiz
names=(hello-world jewelquiz jewelquiz-static)
if [[ -n ${BASE:-} ]]; then
	mkdir "$tmp/base-src"
	git archive "$BASE" | tar -x -C "$tmp/base-src"
	build "$tmp/base-src" base
	names+=(base base-static)
fi

go run ./.ci/genanswers -n 1 >"$tmp/answers.json"
cmds=("$tmp/hello-world")
for n in "${names[@]:1}"; do
	cmds+=("$tmp/$n recommend --format json --answers $tmp/answers.json")
done
if ! hyperfine -N --style none --warmup 20 --runs "$RUNS" --export-json "$tmp/times.json" "${cmds[@]}" 2>"$tmp/err"; then
	cat "$tmp/err" >&2
	exit 1
fi

echo "one answer set: jewelquiz recommend --format json --answers FILE; $RUNS runs each${BASE:+; base is $BASE}"
jq -r --arg names "${names[*]}" '
	($names | split(" ")) as $n
	| .results as $r
	| ($r[0].mean) as $hw | ($r[0].user + $r[0].system) as $hc
	| "binary            wall ms  cpu ms  wall ×hello  cpu ×hello",
	  (range(0; $r | length) as $i | $r[$i]
	   | [$n[$i], (.mean * 1000), ((.user + .system) * 1000), (.mean / $hw), ((.user + .system) / $hc)]
	   | "\(.[0] | . + " " * (16 - length))  \(.[1] * 100 | round / 100 | tostring | . + " " * (7 - length))  \(.[2] * 100 | round / 100 | tostring | . + " " * (6 - length))  \(.[3] * 10 | round / 10 | tostring | . + " " * (11 - length))  \(.[4] * 10 | round / 10)")
' "$tmp/times.json"
