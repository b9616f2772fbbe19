# Shared by the end-to-end tests (.ci/e2e-quiz.sh, .ci/e2e-kiosk.sh,
# .ci/e2e-ssh.sh); each sources it before anything else:
#
#	source "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
#
# and then calls e2e_setup. Sourcing only defines variables and functions.
#
# What it gives a script:
#   - the tally: pass, fail, indent, finish ("N passed, M failed"; exit 1 if
#     anything failed), also printed when the script stops early;
#   - e2e_setup: the private tmux server (T), cleanup on exit, the tools
#     check, python3 (PY), the binary (BIN) in a temporary directory ($tmp)
#     with its questions in $tmp/questions.json, and WELCOME_COUNT, the
#     count of questions on the welcome ("12 questions");
#   - answers_json and expected_pick (what `jewelquiz recommend` picks) for
#     answer tokens, and send_answers to type them into the quiz;
#   - helpers to run programs in tmux sessions and wait for their screens.
#
# Environment:
#   E2E_TIMEOUT=10   seconds to wait for each screen (TIMEOUT)
#
# A script may define cleanup_before_tmux and cleanup_after_tmux: cleanup
# runs them (if defined) just before and just after killing its tmux server.

TIMEOUT=${E2E_TIMEOUT:-10}

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
SOCK=
T() { tmux -u -f /dev/null -L "$SOCK" "$@"; }
cleanup() {
	local rc=$?
	if ((finished == 0)); then
		# Stopped by an unexpected error or a signal: still end with the tally.
		fail "the e2e test stopped early (exit status $rc)"
		echo
		echo "$passed passed, $failed failed"
	fi
	if declare -F cleanup_before_tmux >/dev/null; then
		cleanup_before_tmux
	fi
	if [[ -n $SOCK ]]; then # never the default server
		T kill-server >/dev/null 2>&1 || true
		rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$SOCK"
	fi
	if declare -F cleanup_after_tmux >/dev/null; then
		cleanup_after_tmux
	fi
	if [[ -n $tmp ]]; then
		# A program tmux has just hung up on may still be writing here:
		# try again once rather than turn a passing run into a failure.
		rm -rf "$tmp" 2>/dev/null || { sleep 1 && rm -rf "$tmp"; } || true
	fi
}

# e2e_setup SOCKET TMPNAME TOOL...: uses the private tmux server SOCKET
# (tmux -L), cleans up on exit (ending with the tally on an interrupt),
# fails and finishes unless every TOOL is installed, sets PY, builds the
# binary into BIN in a new directory $tmp (${TMPDIR:-/tmp}/TMPNAME.XXXXXX)
# with its questions in $tmp/questions.json, and starts the tmux server.
e2e_setup() {
	SOCK=$1
	local name=$2 tool
	shift 2
	unset TMUX TMUX_PANE
	# The quiz speaks the locale's language: the checks read English unless
	# they ask for another, whatever this machine's own locale is.
	unset LC_ALL LC_MESSAGES
	export LANG=C.UTF-8
	trap cleanup EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM

	for tool in "$@"; do
		if ! command -v "$tool" >/dev/null 2>&1; then
			fail "$tool is required but not installed"
			finish
		fi
	done

	# The interpreter itself, not a version manager's shim, which can take
	# most of a second to start.
	PY=$(python3 -c 'import sys; print(sys.executable)')

	tmp=$(mktemp -d "${TMPDIR:-/tmp}/$name.XXXXXX")
	BIN="$tmp/jewelquiz"
	echo "building jewelquiz into $BIN"
	if ! go build -o "$BIN" . || ! "$BIN" questions --format json >"$tmp/questions.json"; then
		fail "build jewelquiz and list its questions"
		finish
	fi
	# Nothing a check runs writes under this machine's own home: saved
	# consultations, the shop's numbers and host keys go to $tmp.
	export XDG_DATA_HOME="$tmp/data-home"
	# The welcome says how many questions there can be: "10 to 12 questions".
	WELCOME_COUNT="$("$PY" -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$tmp/questions.json") questions"

	# The first session keeps the private server alive and sets the options
	# every session gets: keep dead panes (to read what was printed after
	# the program ended) and no status line (the pane gets the whole window).
	SHELL=/bin/sh T new-session -d -s keep -x 80 -y 24 "sleep 86400"
	T set-option -g default-shell /bin/sh
	T set-option -g remain-on-exit on
	T set-option -g status off
	T set-option -g history-limit 5000
}

# answers_json "2 1 3 1 2 0 ...": the answers, as JSON, for answer tokens
# given in the order the questions are asked: one token per question asked
# (a follow-up only when the answers before it make it apply), the option's
# number for a one question (option N is its Nth value), and for a many
# question the numbers ticked, separated by commas ("1,3"), or 0 for none.
answers_json() {
	"$PY" - "$tmp/questions.json" "$1" <<'EOF'
import json, sys
qs = json.load(open(sys.argv[1]))
toks = sys.argv[2].split()
a = {}
def asked(q):
    c = q.get("ask_if")
    if not c:
        return True
    v = a.get(c["question"])
    vs = v if isinstance(v, list) else [v]
    return any(x in c["any_of"] for x in vs if x is not None)
for q in qs:
    if not asked(q):
        continue
    if not toks:
        sys.exit(f"no answer token left for question {q['id']}")
    t = toks.pop(0)
    if q.get("kind") == "many":
        a[q["id"]] = [] if t == "0" else [q["options"][int(n) - 1]["value"] for n in t.split(",")]
    else:
        a[q["id"]] = q["options"][int(t) - 1]["value"]
if toks:
    sys.exit(f"{len(toks)} answer tokens left over: {' '.join(toks)}")
print(json.dumps(a))
EOF
}

# answer_kinds "TOKENS": the kind (one or many) of the question each answer
# token answers, one a line, in the order they are asked.
answer_kinds() {
	"$PY" - "$tmp/questions.json" "$1" <<'EOF'
import json, sys
qs = json.load(open(sys.argv[1]))
toks = sys.argv[2].split()
a = {}
for q in qs:
    c = q.get("ask_if")
    if c and not any(x in c["any_of"] for x in (a.get(c["question"]) or [])):
        continue
    if not toks:
        break
    t = toks.pop(0)
    kind = q.get("kind", "one")
    a[q["id"]] = [] if kind == "many" else [q["options"][int(t) - 1]["value"]]
    print(kind)
EOF
}

# send_answers NAME "TOKENS" digits|arrows: answers the full-screen quiz in
# tmux session NAME, waiting for "Question I of" (QUESTION_FORMAT, a printf
# format, for another language) before the Ith answer (how
# many questions there are depends on the answers so far). A one question
# takes its number, or down arrows and enter; a many question a number per
# option ticked, or for each home, down arrows and space, then enter.
# Fails the check for NAME and returns 1 if a question does not show.
send_answers() {
	local name=$1 how=$3 i k n tok
	local -a toks kinds nums
	read -r -a toks <<<"$2"
	mapfile -t kinds < <(answer_kinds "$2")
	for ((i = 1; i <= ${#toks[@]}; i++)); do
		# shellcheck disable=SC2059 # the format is the caller's
		if ! wait_for "$name" "$(printf "${QUESTION_FORMAT:-Question %d of }" "$i")"; then
			fail "$name: question $i shown"
			return 1
		fi
		tok=${toks[i - 1]}
		if [[ ${kinds[i - 1]} == many ]]; then
			IFS=, read -r -a nums <<<"$tok"
			for n in "${nums[@]}"; do
				[[ $n == 0 ]] && continue
				if [[ $how == digits ]]; then
					T send-keys -t "$name" "$n"
				else
					T send-keys -t "$name" Home
					for ((k = 1; k < n; k++)); do
						T send-keys -t "$name" Down
					done
					T send-keys -t "$name" Space
				fi
			done
			T send-keys -t "$name" Enter
		elif [[ $how == digits ]]; then
			T send-keys -t "$name" "$tok"
		else
			for ((k = 1; k < tok; k++)); do
				T send-keys -t "$name" Down
			done
			T send-keys -t "$name" Enter
		fi
	done
}

# expected_pick "2 1 3 ...": "PICK<tab>NAME" from `jewelquiz recommend` for
# answer tokens (see answers_json).
expected_pick() {
	answers_json "$1" | "$BIN" recommend --answers - --format json | "$PY" -c '
import json, sys
r = json.load(sys.stdin)
names = [x["name"] for x in r["ranking"] if x["type"] == r["pick"]]
print(r["pick"] + "\t" + (names[0] if names else ""))'
}

# want_pick_for NAME "OPTION NUMBERS": sets want_pick and want_name (local
# to the caller) to what `jewelquiz recommend` picks for these answers and
# says so; without a pick it fails the check for NAME and returns 1.
want_pick_for() {
	local exp
	if ! exp=$(expected_pick "$2") || [[ $exp != *$'\t'?* ]]; then
		fail "$1: recommend gives a pick for these answers (got \"$exp\")"
		return 1
	fi
	want_pick=${exp%%$'\t'*}
	want_name=${exp#*$'\t'}
	echo "# recommend picks $want_pick (\"$want_name\")"
}

# now: the time in ms; since MS: seconds since then, as "1.2s".
now() { local t=${EPOCHREALTIME/[.,]/}; echo $((t / 1000)); }
since() { local d=$(($(now) - $1)); printf '%d.%ds' $((d / 1000)) $((d % 1000 / 100)); }

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

# ---- tmux sessions ------------------------------------------------------

# start NAME CMD...: runs CMD in a new 80×24 session; its pid goes to
# $tmp/NAME.pid and its exit status to $tmp/NAME.rc. write_runner must have
# made $tmp/run.sh.
write_runner() {
	cat >"$tmp/run.sh" <<'EOF'
#!/bin/sh
# run.sh BASE CMD...: runs CMD, its pid in BASE.pid, its status in BASE.rc
base=$1
shift
sh -c 'echo $$ >"$0.pid"; exec "$@"' "$base" "$@"
echo $? >"$base.rc"
EOF
}
start() {
	local name=$1
	shift
	T new-session -d -s "$name" -x 80 -y 24 "$(printf '%q ' /bin/sh "$tmp/run.sh" "$tmp/$name" "$@")"
}

screen() { T capture-pane -p -J -t "$1" 2>/dev/null || true; }
# scrollback NAME: the whole normal screen and its history (once the program
# has left the alternate screen, this is what it printed).
scrollback() { T capture-pane -p -J -S - -t "$1" 2>/dev/null || true; }

shows() { [[ "$(screen "$1")" == *"$2"* ]]; }

# wait_for NAME TEXT [SECONDS]: waits until the screen shows TEXT (for
# TIMEOUT seconds unless told); on timeout prints the screen and fails.
wait_for() {
	local limit=${3:-$TIMEOUT}
	if poll "$limit" shows "$1" "$2"; then
		return 0
	fi
	echo "    timed out after ${limit}s waiting for \"$2\"; the screen was:"
	screen "$1" | indent
	return 1
}

# ended NAME: the program has ended (its status is in $tmp/NAME.rc);
# rc_of NAME: that status.
ended() { [[ -s "$tmp/$1.rc" ]]; }
rc_of() { tr -d '[:space:]' <"$tmp/$1.rc"; }
alt_screen() { T display-message -p -t "$1" '#{alternate_on}' 2>/dev/null || echo "?"; }
resize() { T resize-window -t "$1" -x "$2" -y "$3"; }

# widest: the display width of the widest line of stdin.
widest() {
	"$PY" -c '
import sys, unicodedata
def w(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
print(max([w(l) for l in sys.stdin.read().split("\n")] + [0]))'
}

# RESULTS_TITLE matches the title the results open with, which says how sure
# the pick is (ui/report/lead.go): a clear pick, two close matches (the pick
# first), a weak fit, or the one type left open.
RESULTS_TITLE='Your best match|Two close matches|No strong fit|One type left open'

# shows_results NAME: the screen shows the results' title.
shows_results() { grep -qE "$RESULTS_TITLE" <<<"$(screen "$1")"; }

# wait_for_results NAME: waits until the results show (for TIMEOUT seconds);
# on timeout prints the screen and fails.
wait_for_results() {
	if poll "$TIMEOUT" shows_results "$1"; then
		return 0
	fi
	echo "    timed out after ${TIMEOUT}s waiting for the results; the screen was:"
	screen "$1" | indent
	return 1
}

# shown_pick NAME: the pick's name on the results screen, from the line after
# the title ("Welded anklet  ████████░░  80/100" → "Welded anklet").
shown_pick() {
	sed -nE "/$RESULTS_TITLE/{n;p;q;}" <<<"$(screen "$1")" | sed -E 's/^ +//; s/  .*$//'
}

# results_at NAME W: the results are laid out for a W-column window: the pick
# (or the flags, which come before it) is there, no line is wider than W, and
# the header has the brand and the answer code on one line (which the
# 80-column layout, cut to W by tmux, would not have).
results_at() {
	local s
	s=$(screen "$1")
	grep -qE "$RESULTS_TITLE|^ *Before anything else" <<<"$s" || return 1
	grep -qE 'jewelquiz.*[Cc]ode [A-Z0-9]{4}-[A-Z0-9]{4}' <<<"$s" || return 1
	(($(widest <<<"$s") <= $2))
}

# shown_answer_code NAME: the answer code in the results' header.
shown_answer_code() {
	screen "$1" | grep -oE '[Cc]ode [A-Z0-9]{4}-[A-Z0-9]{4}' | sed -n 1p | cut -d' ' -f2
}

# check_results_at_40x12 NAME: resized to 40×12, the results still show and
# fit.
check_results_at_40x12() {
	resize "$1" 40 12
	if poll "$TIMEOUT" results_at "$1" 40; then
		pass "$1: at 40x12 the results still show and no line is wider than 40"
	else
		fail "$1: at 40x12 the results show within 40 columns (widest line: $(screen "$1" | widest))"
		screen "$1" | indent
	fi
}

# check_results_at_80x24 NAME PICKNAME: resized back to 80×24, the results
# naming PICKNAME are back.
check_results_at_80x24() {
	resize "$1" 80 24
	if poll "$TIMEOUT" results_at "$1" 80 && [[ "$(shown_pick "$1")" == "$2" ]]; then
		pass "$1: back at 80x24 the results (\"$2\") are back"
	else
		fail "$1: back at 80x24 the results are back"
		screen "$1" | indent
	fi
}

# code_entry NAME "ANSWER TOKENS": on NAME's welcome, "I have a code" (c)
# with the answer code `recommend` gives for these answers, typed in lower
# case, reaches the same results: the code in the header and the pick.
code_entry() {
	local name=$1 nums=$2 want_pick want_name code
	want_pick_for "$name" "$nums" || return 0
	code=$(answers_json "$nums" | "$BIN" recommend --answers - --format json | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["code"])')
	if ! wait_for "$name" "Press enter to start"; then
		fail "$name: welcome screen shown"
		return 1
	fi
	T send-keys -t "$name" c
	wait_for "$name" "Type the answer code" || { fail "$name: c opens \"I have a code\""; screen "$name" | indent; return 1; }
	T send-keys -t "$name" -l "${code,,}"
	T send-keys -t "$name" Enter
	if wait_for_results "$name" && [[ $(shown_answer_code "$name") == "$code" && $(shown_pick "$name") == "$want_name" ]]; then
		pass "$name: \"I have a code\" with $code reaches its results ($want_name)"
	else
		fail "$name: \"I have a code\" with $code reaches the results for $want_name"
		screen "$name" | indent
		return 1
	fi
}
