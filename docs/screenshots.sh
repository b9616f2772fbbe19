#!/usr/bin/env bash
# Regenerates the README screenshots (docs/*.svg) from the real program:
# builds jewelquiz, runs it in a detached 80x24 tmux session, walks through
# welcome -> first question -> results -> a type page, captures each screen
# with its colours, and turns each capture into an SVG with charmbracelet/freeze.
#
# Needs Go and tmux. Run it from anywhere: docs/screenshots.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

FREEZE=github.com/charmbracelet/freeze@v0.2.2
SOCKET=jewelquiz-shots
# No font is embedded (that would add ~300 KB to each file); the viewer's own
# monospace font draws the text.
FONT='JetBrains Mono, Menlo, DejaVu Sans Mono, Consolas, monospace'

# One answer per question id, in the rulebook's words: a relaxed, nickel-
# allergic adult who wants something subtle and no needles, which ends with a
# welded bracelet. "enter" answers a multi-select with nothing ticked.
declare -A ANSWER=(
	[lifestyle]=3    # Relaxed
	[dress_code]=1   # No dress code
	[machinery]=1    # Never
	[allergy]=2      # Yes, to nickel
	[health]=enter   # none of these
	[age]=2          # 18 or over
	[sleep]=1        # On my back
	[removal]=1      # Never
	[style]=1        # Subtle
	[needles]=2      # I'd rather avoid them
)

for cmd in go tmux; do
	command -v "$cmd" >/dev/null || { echo "screenshots: $cmd is needed" >&2; exit 1; }
done

tmp=$(mktemp -d)
cleanup() {
	tmux -L "$SOCKET" kill-server 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT

t() { tmux -L "$SOCKET" "$@"; }
screen() { t capture-pane -p -t shots; }

# wait_for TEXT...: poll the screen every 0.1 s for up to 10 s until one of
# the TEXTs shows.
wait_for() {
	local i want
	for ((i = 0; i < 100; i++)); do
		for want in "$@"; do
			if screen | grep -qF -- "$want"; then
				return 0
			fi
		done
		sleep 0.1
	done
	echo "screenshots: timed out waiting for: $*" >&2
	echo "--- screen was:" >&2
	screen >&2 || true
	exit 1
}

# wait_change OLD: wait until the screen no longer contains the line OLD.
wait_change() {
	local i
	for ((i = 0; i < 100; i++)); do
		screen | grep -qF -- "$1" || return 0
		sleep 0.1
	done
	echo "screenshots: screen still shows: $1" >&2
	exit 1
}

# capture NAME: once the screen has stopped changing, save it with its
# colours (escape sequences) to $tmp/NAME.ansi.
capture() {
	local i prev="" cur
	for ((i = 0; i < 20; i++)); do
		cur=$(t capture-pane -e -p -t shots)
		[[ $cur == "$prev" ]] && break
		prev=$cur
		sleep 0.1
	done
	printf '%s\n' "$cur" >"$tmp/$1.ansi"
	if ! grep -q $'\e\[' "$tmp/$1.ansi"; then
		echo "screenshots: the $1 capture has no colours" >&2
		exit 1
	fi
}

# The questions' ids and titles, in the order they are asked.
question_ids=()
question_titles=()
while IFS=$'\t' read -r id title; do
	question_ids+=("$id")
	question_titles+=("$title")
done < <(awk '
	/^questions:/ { q = 1; next }
	q && /^[^ #]/ { q = 0 }
	q && /^  - id: / { id = $3 }
	q && /^    title: / && id != "" { sub(/^    title: /, ""); gsub(/^["\x27]|["\x27]$/, ""); print id "\t" $0; id = "" }
' rules/rulebook.yaml)
[[ ${#question_ids[@]} -gt 0 ]] || { echo "screenshots: no questions found in rules/rulebook.yaml" >&2; exit 1; }

go build -o "$tmp/jewelquiz" .

t -f /dev/null new-session -d -s shots -x 80 -y 24 \
	-e TERM=xterm-256color -e COLORTERM=truecolor \
	"'$tmp/jewelquiz' --theme charm"

# Welcome.
wait_for "[ Start ]"
capture welcome
t send-keys -t shots Enter

# First question.
wait_for "Question 1 of"
capture question

# Answer until the results show.
for ((n = 0; n < 20; n++)); do
	wait_for "Question " "Your best match" "Two close matches" "One type left open" "No strong fit" "No match"
	s=$(screen)
	header=$(grep -oE 'Question [0-9]+ of [0-9]+' <<<"$s" || true)
	[[ -n $header ]] || break
	key=1
	for i in "${!question_titles[@]}"; do
		if grep -qF -- "${question_titles[$i]}" <<<"$s"; then
			key=${ANSWER[${question_ids[$i]}]:-1}
			break
		fi
	done
	if grep -qE "Enter with nothing ticked|None apply" <<<"$s"; then
		key=enter
	fi
	if [[ $key == enter ]]; then
		t send-keys -t shots Enter
	else
		t send-keys -t shots "$key"
	fi
	wait_change "$header"
done
wait_for "Your recommendation" "Your best match" "Two close matches" "One type left open" "No strong fit" "No match"
capture results

# Explore the types, open the first (highlighted) one.
t send-keys -t shots e
wait_for "Explore the types" "Which type"
t send-keys -t shots Enter
wait_for "How it is made" "scored"
capture type-page
t send-keys -t shots q

mkdir -p docs
for name in welcome question results type-page; do
	go run "$FREEZE" --config full --language ansi \
		--font.family "$FONT" --font.size 14 --line-height 1.2 \
		--output "docs/$name.svg" <"$tmp/$name.ansi" >/dev/null
	echo "wrote docs/$name.svg ($(wc -c <"docs/$name.svg") bytes)"
done
