#!/usr/bin/env bash
# End-to-end test of jewelquiz as a person uses it.
#
# The full-screen quiz is driven in detached tmux sessions on a private tmux
# server (tmux -L jewelquiz-e2e-PID, no config file), so it needs no terminal
# and never touches the user's own tmux. For a few answer sets it goes
# through welcome → 10 to 12 questions (follow-ups and a question with any
# number of answers included) → results, checks the pick shown against
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

source "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

EXIT_TIMEOUT=5 # seconds a quit may take

e2e_setup "jewelquiz-e2e-$$" jewelquiz-e2e go tmux python3 timeout
write_runner

# report_printed NAME OUTFILE PICKNAME: what the quiz printed once it left
# the alternate screen, saved to OUTFILE, is the plain-text report naming
# PICKNAME (its title unindented, unlike on the full-screen results).
report_printed() {
	scrollback "$1" >"$2"
	grep -qxE "$RESULTS_TITLE" "$2" && grep -q "^$3  " "$2"
}

# ---- the full-screen quiz ----------------------------------------------

# quiz_run NAME "ANSWER TOKENS" digits|arrows q|ctrl+c (tokens as for
# answers_json: one per question asked, "1,3" or 0 for a many question)
quiz_run() {
	local name=$1 nums=$2 how=$3 ending=$4
	local -a opts
	read -r -a opts <<<"$nums"
	local want_pick want_name
	echo "# $name: answers $nums by $how, then $ending"
	want_pick_for "$name" "$nums" || return 0

	start "$name" "$BIN"
	if ! wait_for "$name" "Press enter to start"; then
		fail "$name: welcome screen shown"
		return
	fi
	pass "$name: welcome screen shown"
	T send-keys -t "$name" Enter

	send_answers "$name" "$nums" "$how" || return
	if ! wait_for_results "$name"; then
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

	check_results_at_40x12 "$name"

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

	check_results_at_80x24 "$name" "$want_name"

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

# code_round_trip NAME "ANSWER TOKENS": the answer code read off the results
# opens the same answers and pick with `show CODE` in a fresh data directory
# and with `--resume CODE`.
code_round_trip() {
	local name=$1 nums=$2 want_pick want_name code
	echo "# $name: the answer code, from the results to show and --resume"
	want_pick_for "$name" "$nums" || return 0
	start "$name" "$BIN"
	wait_for "$name" "Press enter to start" || { fail "$name: welcome screen shown"; return; }
	T send-keys -t "$name" Enter
	send_answers "$name" "$nums" digits || return
	wait_for_results "$name" || { fail "$name: results shown"; return; }
	code=$(shown_answer_code "$name")
	if [[ -n $code ]]; then
		pass "$name: the results show the answer code $code"
	else
		fail "$name: no answer code on the results"
		screen "$name" | indent
		return
	fi
	T send-keys -t "$name" q
	local js rc=0
	js=$("$BIN" show "$code" --data-dir "$tmp/fresh-$name" --format json 2>"$tmp/$name.show.err") || rc=$?
	local got
	got=$("$PY" -c 'import json,sys; r=json.loads(sys.argv[1]); print(r["recommendation"]["pick"] if "recommendation" in r else r.get("pick",""))' "$js" 2>/dev/null || true)
	local answers_want answers_got
	answers_want=$(answers_json "$nums" | "$PY" -c 'import json,sys; print(json.dumps(json.load(sys.stdin), sort_keys=True))')
	answers_got=$("$PY" -c 'import json,sys; print(json.dumps(json.loads(sys.argv[1])["answers"], sort_keys=True))' "$js" 2>/dev/null || true)
	if [[ $rc == 0 && $got == "$want_pick" && $answers_got == "$answers_want" ]]; then
		pass "$name: show $code in a fresh data directory gives the same answers and pick ($got)"
	else
		fail "$name: show $code (status $rc) gives pick \"$got\" and answers $answers_got, want $want_pick and $answers_want"
		indent <"$tmp/$name.show.err"
	fi
	start "$name-resume" "$BIN" --resume "$(tr 'A-Z-' 'a-z ' <<<"$code")"
	if wait_for_results "$name-resume" && [[ $(shown_answer_code "$name-resume") == "$code" && $(shown_pick "$name-resume") == "$want_name" ]]; then
		pass "$name: --resume $code (typed in lower case with a space) opens those results"
	else
		fail "$name: --resume $code opens the results for $want_name"
		screen "$name-resume" | indent
	fi
	T send-keys -t "$name-resume" q
}

# Ctrl+c on the first question.
quit_on_first_question() {
	local name=cq1
	echo "# $name: ctrl+c on the first question"
	start "$name" "$BIN"
	if ! wait_for "$name" "Press enter to start"; then
		fail "$name: welcome screen shown"
		return
	fi
	T send-keys -t "$name" Enter
	if ! wait_for "$name" "Question 1 of "; then
		fail "$name: first question shown"
		return
	fi
	T send-keys -t "$name" C-c
	if wait_for "$name" "Leave the quiz?"; then
		pass "$name: ctrl+c on a question asks before leaving"
	else
		fail "$name: ctrl+c on a question asks \"Leave the quiz?\""
		screen "$name" | indent
		return
	fi
	T send-keys -t "$name" y
	if poll "$EXIT_TIMEOUT" ended "$name" && [[ $(rc_of "$name") == 130 ]]; then
		pass "$name: y leaves the quiz (exit status 130)"
	else
		fail "$name: y after ctrl+c ends the quiz with exit status 130 within ${EXIT_TIMEOUT}s (status $(rc_of "$name" 2>/dev/null || echo none))"
		screen "$name" | indent
	fi
}

# signal_run SIG: a signal on the welcome screen (from kill, or a closing
# terminal) ends the quiz with status 130.
signal_run() {
	local sig=$1 name="sig${1,,}"
	echo "# $name: SIG$sig on the welcome screen"
	start "$name" "$BIN"
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

# One token per question asked: SET_A is busy with machines every day
# (moving parts) and none of the health questions, 11 questions; SET_B is
# relaxed with no machines, 10; SET_C is active (other sport), machines
# sometimes, pregnant and slow healing, under 18, 12.
SET_A="2 1 3 1 2 0 2 1 1 1 2"
SET_B="3 1 1 1 0 2 1 1 2 1"
SET_C="1 3 2 2 1 4 2,4 1 3 3 1 1"

quiz_run runa "$SET_A" digits q
quiz_run runb "$SET_B" digits ctrl+c
quiz_run runc "$SET_C" arrows q
quit_on_first_question
code_round_trip code "$SET_B"
if [[ ${E2E_SIGNALS:-1} == 1 ]]; then
	signal_run TERM
	signal_run INT
	signal_run HUP
fi

# ---- accessible mode and no terminal -------------------------------------

echo "# accessible mode and no terminal"

# ACC_SET: one line per question accessible mode asks: an active swimmer
# who sometimes works near moving parts (two follow-ups), with a nickel
# allergy, pregnant and slow to heal (a many question: "2,4").
ACC_SET=(1 2 1 2 1 2 2,4 2 1 1 1 2)

# accessible_json LINE...: the answers those lines give, as JSON, walking
# the questions as accessible mode does: a follow-up takes a line only when
# its ask_if holds; a many question takes "0" or numbers separated by commas.
accessible_json() {
	"$PY" - "$tmp/questions.json" "$@" <<'EOF'
import json, sys
qs, lines = json.load(open(sys.argv[1])), sys.argv[2:]
answers = {}
for q in qs:
    c = q["ask_if"]
    if c is not None:
        got = answers.get(c["question"])
        got = got if isinstance(got, list) else [got]
        if not any(v in c["any_of"] for v in got):
            continue
    if not lines:
        sys.exit(f"no line left for question {q['id']}")
    line, lines = lines[0], lines[1:]
    vals = [q["options"][int(n) - 1]["value"] for n in line.split(",") if n != "0"]
    answers[q["id"]] = vals if q["kind"] == "many" else vals[0]
if lines:
    sys.exit(f"{len(lines)} lines left over")
print(json.dumps(answers))
EOF
}

want_name=$(accessible_json "${ACC_SET[@]}" | "$BIN" recommend --answers - --format json | "$PY" -c '
import json, sys
r = json.load(sys.stdin)
print("".join(x["name"] for x in r["ranking"] if x["type"] == r["pick"]))') || true
n_acc=${#ACC_SET[@]}

# accessible_pick FILE: the name on the line after the results' title.
# The name is followed by its score in words ("Welded bracelet: 90 out of
# 100"), or, where two are shown as equals, by spaces.
accessible_pick() { sed -nE "/^($RESULTS_TITLE)\$/{n;p;q;}" "$1" | sed -E 's/: [0-9]+ out of 100$//; s/  .*$//'; }

rc=0
printf '%s\n' "${ACC_SET[@]}" | timeout 20 "$BIN" --accessible >"$tmp/acc.out" 2>"$tmp/acc.err" || rc=$?
got=$(accessible_pick "$tmp/acc.out")
if [[ $rc == 0 && -n "$want_name" && "$got" == "$want_name" ]]; then
	pass "accessible: $n_acc piped answers (two follow-ups, a many answer) give \"$got\", as recommend does (status 0)"
else
	fail "accessible: $n_acc piped answers gave \"$got\" with status $rc, want \"$want_name\" with 0"
	cat "$tmp/acc.out" "$tmp/acc.err" | tail -20 | indent
fi
if grep -qx "Question $n_acc of $n_acc\." "$tmp/acc.out" && ! grep -q "^Question $((n_acc + 1)) of" "$tmp/acc.out"; then
	pass "accessible: asks exactly $n_acc questions, the last counted as \"Question $n_acc of $n_acc\""
else
	fail "accessible: does not ask exactly $n_acc questions"
	grep "^Question " "$tmp/acc.out" | indent
fi
if grep -A1 -x "Enter a number between 1 and 2 or the name of an option; b goes back: " "$tmp/acc.out" | tail -1 | grep -qx "Before anything else"; then
	pass "accessible: the report opens with the flags"
else
	fail "accessible: the report does not open with \"Before anything else\""
	tail -30 "$tmp/acc.out" | indent
fi

rc=0
printf '%s\n' 2 1 1 2 x 0 2 1 1 1 2 | TERM=dumb timeout 20 "$BIN" >"$tmp/dumb.out" 2>"$tmp/dumb.err" || rc=$?
if [[ $rc == 0 ]] && ! grep -q "Which kind of sport" "$tmp/dumb.out" && grep -q '^Invalid: "x" is not the number or the name of an option' "$tmp/dumb.out" && grep -qE "^($RESULTS_TITLE)\$" "$tmp/dumb.out"; then
	pass "accessible: TERM=dumb with a busy person's answers skips the follow-ups and asks again after a bad entry (status 0)"
else
	fail "accessible: TERM=dumb with a busy person's answers gave status $rc"
	cat "$tmp/dumb.out" "$tmp/dumb.err" | tail -20 | indent
fi

# Names for numbers, "b" to go back, and a change at the results: the
# busy person's answers, partly by name, with a step back at question 3;
# then question 1 changed to Relaxed and the end of the input.
rc=0
printf '%s\n' busy b BUSY " no dress code " 1 Nickel "pregnant, 4" 2 1 1 subtle avoid 1 relaxed | timeout 20 "$BIN" --accessible >"$tmp/names.out" 2>"$tmp/names.err" || rc=$?
if [[ $rc == 0 ]] && grep -q "^Going back. Your answer was Busy.$" "$tmp/names.out" &&
	[[ $(grep -c "^Type a question's number to change that answer, or press enter to finish.$" "$tmp/names.out") == 2 ]] &&
	grep -qx "  1. Your days: Relaxed" "$tmp/names.out" && grep -qx "  5. Health: Pregnant, Slow healing" "$tmp/names.out"; then
	pass "accessible: names, b and a change at the results work from piped input (status 0)"
else
	fail "accessible: names, b and a change at the results gave status $rc"
	cat "$tmp/names.out" "$tmp/names.err" | tail -20 | indent
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
