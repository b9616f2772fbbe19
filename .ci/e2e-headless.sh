#!/usr/bin/env bash
# End-to-end test of the headless build (go build -tags headless), the one
# integrators install to call `jewelquiz recommend` from a booking site or
# a batch job:
#   - it links none of the quiz's or the SSH server's libraries;
#   - recommend writes byte for byte what the full build writes, over a
#     quarter of the valid answer sets as JSON in English and a sixteenth
#     as text and in Spanish;
#   - show, types and questions do the same;
#   - the quiz and serve say they are not in this build, with exit status
#     2, and version says which build it is.
#
# Needs: go, cmp.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# The packages that must stay out: the quiz's and the server's.
left_out='github.com/charmbracelet/(bubbletea|huh|bubbles|wish|ssh|log)$|golang.org/x/crypto/ssh$|github.com/jewelquiz/jewelquiz/ui(/serve)?$'
# go list's output is read whole before grep looks at it, here and in the
# version checks below: with pipefail, grep -q leaving at the first match
# can kill the writer with SIGPIPE and fail although the line was there,
# and a failing go list is not hidden behind grep.
headless_deps=$(go list -deps -tags headless .) || fail "go list -tags headless failed"
full_deps=$(go list -deps .) || fail "go list failed"
linked=$(grep -E "$left_out" <<<"$headless_deps" || true)
[[ -z $linked ]] || fail "the headless build links $(echo $linked)"
grep -qE 'github.com/charmbracelet/bubbletea$' <<<"$full_deps" || fail "the full build does not link bubbletea: is the pattern above stale?"
echo "ok: the headless build links none of the quiz's or the SSH server's packages"

go build -o "$tmp/full" .
go build -tags headless -o "$tmp/headless" .

# Every 4th valid answer set for the JSON in English (what integrators
# read), every 16th for text and for Spanish. The full build's own output
# for every set is pinned by TestRecommendEveryAnswerSet.
go run ./.ci/genanswers -n 645120 >"$tmp/space.jsonl"
awk 'NR % 4 == 1' "$tmp/space.jsonl" >"$tmp/all.jsonl"
awk 'NR % 16 == 1' "$tmp/space.jsonl" >"$tmp/some.jsonl"
rm "$tmp/space.jsonl"
same() { # FILE FORMAT LANG
	"$tmp/full" recommend --answers "$1" --format "$2" --lang "$3" >"$tmp/full.out"
	"$tmp/headless" recommend --answers "$1" --format "$2" --lang "$3" >"$tmp/headless.out"
	[[ -s $tmp/full.out ]] || fail "recommend --format $2 --lang $3 wrote nothing"
	cmp -s "$tmp/full.out" "$tmp/headless.out" || fail "recommend --format $2 --lang $3 differs between the builds"
	echo "ok: recommend --format $2 --lang $3 is the same in both builds over $(wc -l <"$1") answer sets"
}
same "$tmp/all.jsonl" json en
same "$tmp/some.jsonl" text en
same "$tmp/some.jsonl" json es
same "$tmp/some.jsonl" text es

code=$("$tmp/full" recommend --answers <(head -1 "$tmp/all.jsonl") --format json | sed -E 's/.*"code":"([^"]+)".*/\1/')
for args in "types" "types --format markdown --lang es" "questions --format json" "show $code" "show $code --format json"; do
	# shellcheck disable=SC2086 # args are words
	"$tmp/full" $args >"$tmp/full.out"
	# shellcheck disable=SC2086
	"$tmp/headless" $args >"$tmp/headless.out"
	cmp -s "$tmp/full.out" "$tmp/headless.out" || fail "jewelquiz $args differs between the builds"
done
echo "ok: types, questions and show are the same in both builds"

for args in "" "--accessible" "serve"; do
	rc=0
	# shellcheck disable=SC2086
	"$tmp/headless" $args </dev/null >"$tmp/out" 2>"$tmp/err" || rc=$?
	((rc == 2)) || fail "headless jewelquiz $args: exit status $rc, want 2"
	grep -q "headless build" "$tmp/err" || fail "headless jewelquiz $args does not say it is the headless build: $(cat "$tmp/err")"
done
grep -q "headless build" <<<"$("$tmp/headless" version)" || fail "version does not say headless build"
grep -q "headless" <<<"$("$tmp/full" version)" && fail "the full build's version says headless"
echo "ok: the quiz and serve say they are not in the headless build (exit status 2), and version says which build"
