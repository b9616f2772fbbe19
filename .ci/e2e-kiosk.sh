#!/usr/bin/env bash
# End-to-end test of jewelquiz's shop kiosk mode (--kiosk) as a client and
# the staff use it.
#
# Like .ci/e2e-quiz.sh, the kiosk is driven in detached 80×24 tmux sessions
# on a private tmux server (tmux -L jewelquiz-kiosk-PID, no config file), so
# it needs no terminal and never touches the user's own tmux. It checks:
#   - without a staff PIN the kiosk refuses to start (status 2, names the PIN);
#   - a client goes welcome → 10 to 12 questions → results (the pick recommend gives)
#     → "Save for my consultation" with a first name → a code in a box;
#   - "next client" shows a clean welcome with nothing of the client's;
#   - ctrl+c, ctrl+z, ctrl+\, ctrl+d, esc, q and ctrl+e neither end, suspend
#     nor leave the kiosk (nor start $EDITOR);
#   - ctrl+x asks for the staff PIN (masked), a wrong one is refused, the
#     right one ends the kiosk with status 0 and nothing of the client's on
#     the terminal;
#   - `show CODE`, `list` and `show` of a bad code at the desk, and the data
#     directory's (0700) and files' (0600) modes;
#   - the idle wipe: with --idle 2s, "Still there?" and, 15 s later, a clean
#     welcome, after which the quiz starts again from question 1;
#   - SIGTERM ends a kiosk.
#
# Needs: go, tmux, python3 (for JSON), timeout.
# Environment:
#   E2E_TIMEOUT=10   seconds to wait for each screen (raise on very slow machines)
# Prints one line per check and ends with "N passed, M failed"; exits 1 if
# anything failed.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

EXIT_TIMEOUT=5   # seconds the staff exit or SIGTERM may take
KEY_PAUSE=0.5    # between keys a client mashes (esc then a key soon after is alt+key)
PIN=2468
unset JEWELQUIZ_STAFF_PIN

# kill_started: ends the kiosks this script started that are still running
# (their pids come from the pane command, see start in e2e-lib.sh).
kill_started() {
	local f pid
	for f in "$tmp"/*.pid; do
		[[ -e $f ]] || continue
		pid=$(cat "$f" 2>/dev/null) || continue
		[[ -n $pid && ! -s ${f%.pid}.rc ]] || continue
		kill -s KILL "$pid" 2>/dev/null || true
	done
}
# Run by cleanup (e2e-lib.sh) before it kills the tmux server.
cleanup_before_tmux() {
	if [[ -n $tmp ]]; then
		kill_started
	fi
}

e2e_setup "jewelquiz-kiosk-$$" jewelquiz-kiosk go tmux python3 timeout
write_runner
DATA="$tmp/data/consultations" # made by the kiosk itself

# question_title N: the wording of question N (from 1).
question_title() {
	"$PY" -c 'import json, sys; print(json.load(open(sys.argv[1]))[int(sys.argv[2]) - 1]["title"])' \
		"$tmp/questions.json" "$1"
}

# ---- the kiosk in tmux --------------------------------------------------

# An $EDITOR that leaves a mark: ctrl+e must never start it.
cat >"$tmp/editor.sh" <<EOF
#!/bin/sh
touch "$tmp/editor-ran"
EOF
chmod +x "$tmp/editor.sh"

# start_kiosk NAME [FLAGS...]: the kiosk with the staff PIN in its
# environment and the marking editor.
start_kiosk() {
	local name=$1
	shift
	start "$name" env JEWELQUIZ_STAFF_PIN="$PIN" EDITOR="$tmp/editor.sh" VISUAL="$tmp/editor.sh" \
		"$BIN" --kiosk --data-dir "$DATA" "$@"
}

pid_of() { cat "$tmp/$1.pid" 2>/dev/null; }

# running NAME: the program has not ended and is not stopped (ctrl+z would
# stop it: state T).
running() {
	local pid state
	ended "$1" && return 1
	pid=$(pid_of "$1") || return 1
	state=$(sed -E 's/^.*\) //; s/ .*//' "/proc/$pid/stat" 2>/dev/null) || return 1
	[[ -n $state && $state != [TtZX] ]]
}
proc_state() { sed -E 's/^.*\) //; s/ .*//' "/proc/$(pid_of "$1")/stat" 2>/dev/null || echo gone; }

# shown_code NAME: the consultation code in its box, its spaced letters
# joined ("┃   X Y N C - U 4   ┃" → "XYNC-U4").
CODE_CHARS=ACDEFGHJKMNPQRTUVWXY34679
shown_code() {
	screen "$1" | grep -oE "([$CODE_CHARS] ){4}- [$CODE_CHARS] [$CODE_CHARS]" | sed -n 1p | tr -d ' '
}

# mode PATH: the octal permission bits.
mode() { stat -c '%a' "$1" 2>/dev/null || echo missing; }

# answer NAME "ANSWER TOKENS": answers the questions by digit keys, waiting
# for each to show (tokens as for answers_json).
answer() { send_answers "$1" "$2" digits; }

# ---- no PIN ---------------------------------------------------------------

echo "# nopin: --kiosk with neither JEWELQUIZ_STAFF_PIN nor --staff-pin-file"
start nopin env -u JEWELQUIZ_STAFF_PIN "$BIN" --kiosk --data-dir "$DATA"
if poll "$EXIT_TIMEOUT" ended nopin; then
	rc=$(rc_of nopin)
	out=$(scrollback nopin)
	if [[ $rc == 2 ]] && grep -q 'PIN' <<<"$out"; then
		pass "nopin: refuses to start, status 2: $(grep -m1 PIN <<<"$out")"
	else
		fail "nopin: status $rc (want 2) and a message naming the PIN; the terminal showed:"
		indent <<<"$out"
	fi
else
	fail "nopin: the kiosk started without a staff PIN"
	screen nopin | indent
	kill -s KILL "$(pid_of nopin)" 2>/dev/null || true
fi

# ---- one client, then staff ---------------------------------------------

# busy, machines every day (moving parts, a follow-up), nickel, pregnant (a
# flag that must not outlive the client), 11 questions
SET_A="2 1 3 1 2 2 2 1 1 1 2"
client() {
	local name=kiosk want_pick want_name
	echo "# $name: a client answers $SET_A, saves for a consultation as Ana; then staff close the kiosk"
	want_pick_for "$name" "$SET_A" || return 0

	start_kiosk "$name"
	if ! wait_for "$name" "Press enter to start"; then
		fail "$name: welcome screen shown"
		return
	fi
	pass "$name: welcome screen shown"
	T send-keys -t "$name" Enter
	answer "$name" "$SET_A" || return
	if ! wait_for_results "$name"; then
		fail "$name: results shown after the answers"
		return
	fi
	local got
	got=$(shown_pick "$name")
	if [[ -n $want_name && $got == "$want_name" ]]; then
		pass "$name: questions answered, results show recommend's pick \"$got\""
	else
		fail "$name: results show the pick \"$got\", recommend picks $want_pick (\"$want_name\")"
		screen "$name" | indent
	fi

	# Save for the consultation.
	T send-keys -t "$name" s
	if wait_for "$name" "Save for your consultation"; then
		pass "$name: s opens the consent screen"
	else
		fail "$name: s opens the consent screen"
		return
	fi
	T send-keys -t "$name" -l "Ana"
	if ! wait_for "$name" "Ana"; then
		fail "$name: the first name shows as it is typed"
	fi
	T send-keys -t "$name" Enter
	if ! wait_for "$name" "Your consultation code is"; then
		fail "$name: agreeing saves and shows a code"
		return
	fi
	local code
	code=$(shown_code "$name")
	if [[ $code =~ ^[$CODE_CHARS]{4}-[$CODE_CHARS]{2}$ ]]; then
		pass "$name: saved; the code $code shows in its box"
	else
		fail "$name: saved, but no code (4 + 2 of $CODE_CHARS) could be read from the box (got \"$code\")"
		screen "$name" | indent
		code=
	fi

	# Finish (saved, so nothing to confirm): nothing of Ana's stays.
	T send-keys -t "$name" f
	if wait_for "$name" "$WELCOME_COUNT"; then
		local s leftover=() w
		s=$(scrollback "$name")
		local spaced=
		if [[ -n $code ]]; then
			spaced=$(sed 's/./& /g; s/ $//' <<<"$code") # as in the box: "X Y N C - U 4"
		fi
		for w in "$want_name" "Ana" ${code:+"$code"} ${spaced:+"$spaced"} "Your best match" "Two close matches" "No strong fit" "One type left open" "Before anything else" "pregnan"; do
			[[ $s == *"$w"* ]] && leftover+=("$w")
		done
		if ((${#leftover[@]} == 0)); then
			pass "$name: f (finish) shows a clean welcome (no \"$want_name\", \"Ana\" or ${code:-the code})"
		else
			fail "$name: after f (finish) the terminal still shows: ${leftover[*]}"
			indent <<<"$s"
		fi
	else
		fail "$name: f (finish) after saving shows the welcome"
	fi

	# Keys a client might press to get out.
	local k bad=0
	for k in C-c C-z 'C-\' C-d Escape q C-e; do
		T send-keys -t "$name" "$k"
		sleep "$KEY_PAUSE"
		if ! running "$name"; then
			fail "$name: $k ended or stopped the kiosk (state $(proc_state "$name"), exit status $(rc_of "$name" 2>/dev/null || echo none))"
			bad=1
			break
		fi
		if ! shows "$name" "$WELCOME_COUNT"; then
			fail "$name: after $k the welcome is gone; the screen was:"
			screen "$name" | indent
			bad=1
			break
		fi
	done
	if ((bad == 0)); then
		# A quit or suspend in flight would show by now.
		sleep 1
		if running "$name" && shows "$name" "$WELCOME_COUNT"; then
			pass "$name: ctrl+c, ctrl+z, ctrl+\\, ctrl+d, esc, q and ctrl+e leave the kiosk running on its welcome"
		else
			fail "$name: the kiosk ended or left its welcome after the keys (state $(proc_state "$name"))"
			screen "$name" | indent
			return
		fi
	else
		return
	fi
	if [[ -e $tmp/editor-ran ]]; then
		fail "$name: ctrl+e started \$EDITOR"
	else
		pass "$name: ctrl+e started no editor"
	fi

	# Staff exit.
	T send-keys -t "$name" C-x
	if wait_for "$name" "Staff only"; then
		pass "$name: ctrl+x asks for the staff PIN"
	else
		fail "$name: ctrl+x asks for the staff PIN"
		return
	fi
	T send-keys -t "$name" -l "1357"
	if poll "$TIMEOUT" shows "$name" "••••" && ! shows "$name" "1357"; then
		pass "$name: the PIN is masked as it is typed"
	else
		fail "$name: the PIN is masked as it is typed; the screen was:"
		screen "$name" | indent
	fi
	T send-keys -t "$name" Enter
	if wait_for "$name" "Wrong PIN" && running "$name"; then
		pass "$name: a wrong PIN is refused ($(screen "$name" | grep -m1 -o 'Wrong PIN.*' | sed -E 's/ +$//'))"
	else
		fail "$name: a wrong PIN is refused and the kiosk runs on"
	fi
	local t0
	t0=$(now)
	T send-keys -t "$name" -l "$PIN"
	T send-keys -t "$name" Enter
	if ! poll "$EXIT_TIMEOUT" ended "$name"; then
		fail "$name: the right PIN ends the kiosk within ${EXIT_TIMEOUT}s"
		screen "$name" | indent
		return
	fi
	local rc
	rc=$(rc_of "$name")
	if [[ $rc == 0 ]]; then
		pass "$name: the right PIN ends the kiosk with status 0 (in $(since "$t0"))"
	else
		fail "$name: the right PIN ends the kiosk with status $rc, want 0"
	fi
	# What the kiosk left on the terminal once it left the alternate screen.
	local out leftover=() w
	out=$(scrollback "$name")
	for w in "Your best match" "Two close matches" "No strong fit" "One type left open" "$want_name" "Ana" ${code:+"$code"}; do
		[[ $out == *"$w"* ]] && leftover+=("$w")
	done
	if ((${#leftover[@]} == 0)) && [[ "$(alt_screen "$name")" == 0 ]]; then
		pass "$name: it printed nothing of the client's and closed the alternate screen"
	else
		fail "$name: after the staff exit the terminal shows: ${leftover[*]:-nothing of the client} (alternate screen on: $(alt_screen "$name"))"
		indent <<<"$out"
	fi

	# At the desk.
	if [[ -z $code ]]; then
		fail "$name: desk commands not checked: no code"
		return
	fi
	rc=0
	timeout 20 "$BIN" show "$code" --data-dir "$DATA" >"$tmp/show.out" 2>"$tmp/show.err" || rc=$?
	if [[ $rc == 0 ]] && grep -q "$code" "$tmp/show.out" && grep -qw "Ana" "$tmp/show.out" &&
		grep -q "^$want_name  " "$tmp/show.out"; then
		pass "show $code: status 0, names $code, Ana and \"$want_name\""
	else
		fail "show $code: status $rc (want 0), with the code, Ana and \"$want_name\"; it printed:"
		cat "$tmp/show.out" "$tmp/show.err" | head -20 | indent
	fi
	rc=0
	timeout 20 "$BIN" list --data-dir "$DATA" >"$tmp/list.out" 2>"$tmp/list.err" || rc=$?
	if [[ $rc == 0 ]] && grep -q "^$code .*Ana.*$want_name" "$tmp/list.out"; then
		pass "list: status 0, lists $code for Ana ($want_name)"
	else
		fail "list: status $rc (want 0), listing $code; it printed:"
		cat "$tmp/list.out" "$tmp/list.err" | indent
	fi
	rc=0
	timeout 20 "$BIN" show ZZZZ-ZZ --data-dir "$DATA" >"$tmp/bad.out" 2>"$tmp/bad.err" || rc=$?
	if [[ $rc == 2 && ! -s $tmp/bad.out ]]; then
		pass "show ZZZZ-ZZ: status 2 ($(head -c 100 "$tmp/bad.err")...)"
	else
		fail "show ZZZZ-ZZ: status $rc, want 2 and nothing on stdout"
		cat "$tmp/bad.out" "$tmp/bad.err" | indent
	fi

	local dm jm mm
	dm=$(mode "$DATA")
	jm=$(mode "$DATA/$code.json")
	mm=$(mode "$DATA/$code.md")
	if [[ $dm == 700 && $jm == 600 && $mm == 600 ]]; then
		pass "data dir is 0700, $code.json and $code.md are 0600"
	else
		fail "modes: data dir $dm (want 700), $code.json $jm, $code.md $mm (want 600)"
		ls -la "$DATA" 2>&1 | indent
	fi
	local others
	others=$(find "$DATA" -mindepth 1 ! -name "$code.json" ! -name "$code.md" ! -name events.log 2>/dev/null)
	if [[ -z $others ]]; then
		pass "data dir holds only $code.json, $code.md and the anonymous events.log"
	else
		fail "data dir holds more than the consultation's two files and the event log:"
		indent <<<"$others"
	fi
	local ev="$DATA/events.log" leak=()
	for w in Ana "$code" "${code/-/}" nickel pregnant; do
		grep -qiF -- "\"$w" "$ev" 2>/dev/null && leak+=("$w")
	done
	if [[ -s $ev && $(mode "$ev") == 600 && ${#leak[@]} == 0 ]]; then
		pass "events.log is 0600 and holds no name, code or answer ($(wc -l <"$ev") lines)"
	else
		fail "events.log: mode $(mode "$ev"), holding: ${leak[*]:-nothing it should not}"
		head -5 "$ev" 2>&1 | indent
	fi
}

# ---- idle wipe ----------------------------------------------------------

idle_wipe() {
	local name=idle q1 q2
	echo "# $name: --idle 2s, two questions answered, then no input"
	q1=$(question_title 1)
	q2=$(question_title 3) # busy: the second question asked is the third (no sport)
	start_kiosk "$name" --idle 2s
	if ! wait_for "$name" "Press enter to start"; then
		fail "$name: welcome screen shown"
		return
	fi
	T send-keys -t "$name" Enter
	answer "$name" "2 1" || return
	if ! wait_for "$name" "Question 3 of "; then
		fail "$name: third question shown after two answers"
		return
	fi
	local t0 t1
	t0=$(now)
	if wait_for "$name" "Still there?" 6; then
		pass "$name: \"Still there?\" $(since "$t0") after the last answer showed"
	else
		fail "$name: \"Still there?\" within 6s without input"
		return
	fi
	t1=$(now)
	if wait_for "$name" "$WELCOME_COUNT" 20; then
		local s leftover=() w
		s=$(scrollback "$name")
		for w in "$q1" "$q2" "Question" "Still there?"; do
			[[ $s == *"$w"* ]] && leftover+=("$w")
		done
		if ((${#leftover[@]} == 0)); then
			pass "$name: wiped to a clean welcome $(since "$t1") after \"Still there?\" (\"$q1\" gone)"
		else
			fail "$name: after the wipe the terminal still shows: ${leftover[*]}"
			indent <<<"$s"
		fi
	else
		fail "$name: a clean welcome within 20s of \"Still there?\""
		return
	fi
	T send-keys -t "$name" Enter
	if wait_for "$name" "Question 1 of "; then
		pass "$name: after the wipe the quiz starts again from question 1"
	else
		fail "$name: after the wipe the quiz starts again from question 1"
	fi

	# SIGTERM from outside ends the kiosk.
	kill -s TERM "$(pid_of "$name")"
	if poll "$EXIT_TIMEOUT" ended "$name"; then
		local rc
		rc=$(rc_of "$name")
		if [[ $rc == 130 && "$(alt_screen "$name")" == 0 ]]; then
			pass "$name: SIGTERM ends the kiosk with status 130 and closes the alternate screen"
		else
			fail "$name: SIGTERM ends the kiosk with status $rc (want 130; alternate screen on: $(alt_screen "$name"))"
		fi
	else
		fail "$name: SIGTERM ends the kiosk within ${EXIT_TIMEOUT}s"
		screen "$name" | indent
	fi
}

client
idle_wipe

echo "# kcode: a client brings an answer code to the kiosk"
start_kiosk kcode
code_entry kcode "$SET_A" || true

finish
