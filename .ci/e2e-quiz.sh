#!/usr/bin/env bash
# End-to-end test of jewelquiz as a person uses it.
#
# The full-screen quiz is driven in detached tmux sessions on a private tmux
# server (tmux -L jewelquiz-e2e-PID, no config file), so it needs no terminal
# and never touches the user's own tmux. For a few answer sets it goes
# through welcome → 8 questions → results, checks the pick shown against
# `jewelquiz recommend` for the same answers, resizes the window (40×12,
# 30×10, back to 80×24) and quits with q or ctrl+c; SIGTERM, SIGINT and
# SIGHUP must end it with status 130. Accessible mode and the no-terminal
# error are tested with plain pipes.
#
# Needs: go, tmux, python3 (for JSON and display widths), timeout.
# Environment:
#   E2E_TIMEOUT=10   seconds to wait for each screen (raise on very slow machines)
#   E2E_SIGNALS=0    skip the signal checks (bubbletea's own signal handler
#                    used to deadlock with the program's; see ui/run.go)
# Prints one line per check and ends with "N passed, M failed"; exits 1 if
# anything failed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

TIMEOUT=${E2E_TIMEOUT:-10}
EXIT_TIMEOUT=5 # seconds a quit may take
SOCK="jewelquiz-e2e-$$"
unset TMUX TMUX_PANE

passed=0
failed=0
finished=0
pass() {
	passed=$((passed + 1))
	echo "ok   - $*"
}
fail() {
	failed=$((failed + 1))
	echo "FAIL - $*"
}
indent() { sed 's/^/    | /'; }
# finish: prints the tally and exits, 1 if anything failed.
finish() {
	finished=1
	echo
	echo "$passed passed, $failed failed"
	((failed == 0)) || exit 1
	exit 0
}

tmp=
T() { tmux -u -f /dev/null -L "$SOCK" "$@"; }
cleanup() {
	local rc=$?
	if ((finished == 0)); then
		# Stopped by an unexpected error or a signal: still end with the tally.
		fail "the e2e test stopped early (exit status $rc)"
		echo
		echo "$passed passed, $failed failed"
	fi
	T kill-server >/dev/null 2>&1 || true
	rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCK"
	if [[ -n $tmp ]]; then
		rm -rf "$tmp"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for tool in go tmux python3 timeout; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		fail "$tool is required but not installed"
		finish
	fi
done

# The interpreter itself, not a version manager's shim, which can take most
# of a second to start.
PY=$(python3 -c 'import sys; print(sys.executable)')

tmp=$(mktemp -d "${TMPDIR:-/tmp}/jewelquiz-e2e.XXXXXX")
BIN="$tmp/jewelquiz"
echo "building jewelquiz into $BIN"
if ! go build -o "$BIN" . || ! "$BIN" questions --format json >"$tmp/questions.json"; then
	fail "build jewelquiz and list its questions"
	finish
fi

# answers_json "2 1 3 ...": the answers, as JSON, for option numbers given
# in question order (option N of a question is its Nth value).
answers_json() {
	"$PY" - "$tmp/questions.json" "$1" <<'EOF'
import json, sys
qs = json.load(open(sys.argv[1]))
nums = sys.argv[2].split()
if len(nums) != len(qs):
    sys.exit(f"{len(nums)} option numbers for {len(qs)} questions")
print(json.dumps({q["id"]: q["options"][int(n) - 1]["value"] for q, n in zip(qs, nums)}))
EOF
}

# expected_pick "2 1 3 ...": "PICK<tab>NAME" from `jewelquiz recommend`.
expected_pick() {
	answers_json "$1" | "$BIN" recommend --answers - --format json | "$PY" -c '
import json, sys
r = json.load(sys.stdin)
names = [x["name"] for x in r["ranking"] if x["type"] == r["pick"]]
print(r["pick"] + "\t" + (names[0] if names else ""))'
}

# ---- tmux helpers -------------------------------------------------------

# The first session keeps the private server alive and sets the options
# every quiz session gets: keep dead panes (to read what was printed after
# the quiz ended) and no status line (the pane gets the whole window).
SHELL=/bin/sh T new-session -d -s keep -x 80 -y 24 "sleep 86400"
T set-option -g default-shell /bin/sh
T set-option -g remain-on-exit on
T set-option -g status off
T set-option -g history-limit 5000

# start NAME: runs the quiz in a new 80×24 session. The binary's pid goes to
# $tmp/NAME.pid and its exit status to $tmp/NAME.rc.
cat >"$tmp/run-quiz.sh" <<'EOF'
#!/bin/sh
# run-quiz.sh BASE BINARY: runs BINARY, its pid in BASE.pid, its status in BASE.rc
sh -c 'echo $$ >"$0.pid"; exec "$1"' "$1" "$2"
echo $? >"$1.rc"
EOF
start() {
	T new-session -d -s "$1" -x 80 -y 24 "$(printf '%q ' /bin/sh "$tmp/run-quiz.sh" "$tmp/$1" "$BIN")"
}

screen() { T capture-pane -p -J -t "$1" 2>/dev/null || true; }
# scrollback NAME: the whole normal screen and its history (once the quiz has
# left the alternate screen, this is what it printed).
scrollback() { T capture-pane -p -J -S - -t "$1" 2>/dev/null || true; }

# poll SECONDS CMD...: runs CMD every 0.1 s until it succeeds or time is up.
poll() {
	local deadline=$((SECONDS + $1))
	shift
	until "$@"; do
		if ((SECONDS > deadline)); then
			return 1
		fi
		sleep 0.1
	done
}

shows() { [[ "$(screen "$1")" == *"$2"* ]]; }

# wait_for NAME TEXT: waits until the screen shows TEXT; on timeout prints
# the screen and fails.
wait_for() {
	if poll "$TIMEOUT" shows "$1" "$2"; then
		return 0
	fi
	echo "    timed out after ${TIMEOUT}s waiting for \"$2\"; the screen was:"
	screen "$1" | indent
	return 1
}

ended() { [[ -s "$tmp/$1.rc" ]]; }
rc_of() { tr -d '[:space:]' <"$tmp/$1.rc"; }
alt_screen() { T display-message -p -t "$1" '#{alternate_on}' 2>/dev/null || echo "?"; }

# widest LINES: the display width of the widest line of stdin.
widest() {
	"$PY" -c '
import sys, unicodedata
def w(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
print(max([w(l) for l in sys.stdin.read().split("\n")] + [0]))'
}

# shown_pick NAME: the pick's name on the results screen, from the line after
# "Your best match" ("Welded anklet  ████████░░  80/100" → "Welded anklet").
shown_pick() {
	local s
	s=$(screen "$1")
	sed -n '/Your best match/{n;p;q;}' <<<"$s" | sed -E 's/^ +//; s/  .*$//'
}

# results_at NAME W: the results are laid out for a W-column window: the pick
# is there, no line is wider than W, and the header has the brand and "Your
# recommendation" on one line (which the 80-column layout, cut to W by tmux,
# would not have).
results_at() {
	local s
	s=$(screen "$1")
	[[ "$s" == *"Your best match"* ]] || return 1
	grep -q 'jewelquiz.*Your recommendation' <<<"$s" || return 1
	(($(widest <<<"$s") <= $2))
}

# report_printed NAME OUTFILE PICKNAME: what the quiz printed once it left
# the alternate screen, saved to OUTFILE, is the plain-text report naming
# PICKNAME ("Your best match" unindented, unlike on the full-screen results).
report_printed() {
	scrollback "$1" >"$2"
	grep -qx 'Your best match' "$2" && grep -q "^$3  " "$2"
}

resize() { T resize-window -t "$1" -x "$2" -y "$3"; }

# ---- the full-screen quiz ----------------------------------------------

# quiz_run NAME "OPTION NUMBERS" digits|arrows q|ctrl+c
quiz_run() {
	local name=$1 nums=$2 how=$3 ending=$4
	local -a opts
	read -r -a opts <<<"$nums"
	local exp want_pick want_name
	echo "# $name: answers $nums by $how, then $ending"
	if ! exp=$(expected_pick "$nums") || [[ $exp != *$'\t'?* ]]; then
		fail "$name: recommend gives a pick for these answers (got \"$exp\")"
		return
	fi
	want_pick=${exp%%$'\t'*}
	want_name=${exp#*$'\t'}
	echo "# recommend picks $want_pick (\"$want_name\")"

	start "$name"
	if ! wait_for "$name" "Press enter to start"; then
		fail "$name: welcome screen shown"
		return
	fi
	pass "$name: welcome screen shown"
	T send-keys -t "$name" Enter

	local i n
	for ((i = 1; i <= ${#opts[@]}; i++)); do
		if ! wait_for "$name" "Question $i of ${#opts[@]}"; then
			fail "$name: question $i shown"
			return
		fi
		n=${opts[i - 1]}
		if [[ $how == digits ]]; then
			T send-keys -t "$name" "$n"
		else
			local k
			for ((k = 1; k < n; k++)); do
				T send-keys -t "$name" Down
			done
			T send-keys -t "$name" Enter
		fi
	done
	if ! wait_for "$name" "Your best match"; then
		fail "$name: results shown after ${#opts[@]} answers"
		return
	fi
	pass "$name: ${#opts[@]} questions answered, results shown"

	local got
	got=$(shown_pick "$name")
	if [[ -n "$want_name" && "$got" == "$want_name" ]]; then
		pass "$name: pick on screen \"$got\" is recommend's pick ($want_pick)"
	else
		fail "$name: pick on screen \"$got\", recommend picks $want_pick (\"$want_name\")"
		screen "$name" | indent
	fi

	resize "$name" 40 12
	if poll "$TIMEOUT" results_at "$name" 40; then
		pass "$name: at 40x12 the results still show and no line is wider than 40"
	else
		fail "$name: at 40x12 the results show within 40 columns (widest line: $(screen "$name" | widest))"
		screen "$name" | indent
	fi

	resize "$name" 30 10
	if wait_for "$name" "Please enlarge the window"; then
		local w
		w=$(screen "$name" | widest)
		if ((w <= 30)); then
			pass "$name: at 30x10 it asks to enlarge the window"
		else
			fail "$name: at 30x10 the enlarge message is $w columns wide"
			screen "$name" | indent
		fi
	else
		fail "$name: at 30x10 it asks to enlarge the window"
	fi

	resize "$name" 80 24
	if poll "$TIMEOUT" results_at "$name" 80 && [[ "$(shown_pick "$name")" == "$want_name" ]]; then
		pass "$name: back at 80x24 the results (\"$want_name\") are back"
	else
		fail "$name: back at 80x24 the results are back"
		screen "$name" | indent
	fi

	case $ending in
	q)
		T send-keys -t "$name" q
		if ! poll "$EXIT_TIMEOUT" ended "$name"; then
			fail "$name: q quits within ${EXIT_TIMEOUT}s"
			screen "$name" | indent
			return
		fi
		local rc
		rc=$(rc_of "$name")
		if [[ $rc == 0 ]]; then
			pass "$name: q quits with status 0"
		else
			fail "$name: q quits with status $rc, want 0"
		fi
		local out="$tmp/$name.out"
		if poll "$TIMEOUT" report_printed "$name" "$out" "$want_name" && [[ "$(alt_screen "$name")" == 0 ]]; then
			pass "$name: after quitting, stdout has the report naming \"$want_name\" and the alternate screen is closed"
		else
			fail "$name: after quitting, stdout has the report naming \"$want_name\" (alternate screen on: $(alt_screen "$name")); it was:"
			indent <"$out"
		fi
		;;
	ctrl+c)
		T send-keys -t "$name" C-c
		if poll "$EXIT_TIMEOUT" ended "$name"; then
			pass "$name: ctrl+c on the results ends the quiz (exit status $(rc_of "$name"))"
		else
			fail "$name: ctrl+c on the results ends the quiz within ${EXIT_TIMEOUT}s"
			screen "$name" | indent
		fi
		;;
	esac
}

# Ctrl+c on the first question.
quit_on_first_question() {
	local name=cq1
	echo "# $name: ctrl+c on the first question"
	start "$name"
	if ! wait_for "$name" "Press enter to start"; then
		fail "$name: welcome screen shown"
		return
	fi
	T send-keys -t "$name" Enter
	if ! wait_for "$name" "Question 1 of 8"; then
		fail "$name: first question shown"
		return
	fi
	T send-keys -t "$name" C-c
	if poll "$EXIT_TIMEOUT" ended "$name"; then
		pass "$name: ctrl+c on the first question ends the quiz (exit status $(rc_of "$name"))"
	else
		fail "$name: ctrl+c on the first question ends the quiz within ${EXIT_TIMEOUT}s"
		screen "$name" | indent
	fi
}

# signal_run SIG: a signal on the welcome screen (from kill, or a closing
# terminal) ends the quiz with status 130.
signal_run() {
	local sig=$1 name="sig${1,,}"
	echo "# $name: SIG$sig on the welcome screen"
	start "$name"
	if ! wait_for "$name" "Press enter to start"; then
		fail "$name: welcome screen shown"
		return
	fi
	kill -s "$sig" "$(cat "$tmp/$name.pid")"
	if poll "$EXIT_TIMEOUT" ended "$name"; then
		local rc
		rc=$(rc_of "$name")
		if [[ $rc == 130 ]]; then
			pass "$name: SIG$sig ends the quiz with status 130"
		else
			fail "$name: SIG$sig ends the quiz with status $rc, want 130"
		fi
	else
		fail "$name: SIG$sig ends the quiz within ${EXIT_TIMEOUT}s"
		kill -s KILL "$(cat "$tmp/$name.pid")" 2>/dev/null || true
	fi
}

SET_A="2 1 3 2 1 1 1 2"
SET_B="3 1 1 1 1 1 2 1"
SET_C="1 2 2 4 3 3 1 1"

quiz_run runa "$SET_A" digits q
quiz_run runb "$SET_B" digits ctrl+c
quiz_run runc "$SET_C" arrows q
quit_on_first_question
if [[ ${E2E_SIGNALS:-1} == 1 ]]; then
	signal_run TERM
	signal_run INT
	signal_run HUP
fi

# ---- accessible mode and no terminal -------------------------------------

echo "# accessible mode and no terminal"
exp=$(expected_pick "$SET_A") || true
want_name=${exp#*$'\t'}

# accessible_pick FILE: the name on the line after "Your best match".
accessible_pick() { sed -n '/^Your best match$/{n;p;q;}' "$1" | sed -E 's/  .*$//'; }

rc=0
tr ' ' '\n' <<<"$SET_A" | timeout 20 "$BIN" --accessible >"$tmp/acc.out" 2>"$tmp/acc.err" || rc=$?
got=$(accessible_pick "$tmp/acc.out")
if [[ $rc == 0 && "$got" == "$want_name" ]]; then
	pass "accessible: 8 piped answers give \"$got\", as recommend does (status 0)"
else
	fail "accessible: 8 piped answers gave \"$got\" with status $rc, want \"$want_name\" with 0"
	cat "$tmp/acc.out" "$tmp/acc.err" | tail -20 | indent
fi

rc=0
tr ' ' '\n' <<<"$SET_A" | TERM=dumb timeout 20 "$BIN" >"$tmp/dumb.out" 2>"$tmp/dumb.err" || rc=$?
got=$(accessible_pick "$tmp/dumb.out")
if [[ $rc == 0 && "$got" == "$want_name" ]]; then
	pass "accessible: TERM=dumb with 8 piped answers gives \"$got\" (status 0)"
else
	fail "accessible: TERM=dumb with 8 piped answers gave \"$got\" with status $rc, want \"$want_name\" with 0"
	cat "$tmp/dumb.out" "$tmp/dumb.err" | tail -20 | indent
fi

rc=0
printf '2\n1\n' | timeout 20 "$BIN" --accessible >"$tmp/short.out" 2>"$tmp/short.err" || rc=$?
if [[ $rc == 2 ]]; then
	pass "accessible: only 2 answers piped gives status 2 ($(head -1 "$tmp/short.err"))"
else
	fail "accessible: only 2 answers piped gives status $rc, want 2"
	tail -5 "$tmp/short.out" "$tmp/short.err" | indent
fi

rc=0
timeout 20 "$BIN" </dev/null >"$tmp/noterm.out" 2>"$tmp/noterm.err" || rc=$?
if [[ $rc == 2 ]] && grep -q -- '--accessible' "$tmp/noterm.err"; then
	pass "no terminal: status 2 and a message mentioning --accessible"
else
	fail "no terminal: status $rc (want 2), message:"
	cat "$tmp/noterm.out" "$tmp/noterm.err" | indent
fi

finish
