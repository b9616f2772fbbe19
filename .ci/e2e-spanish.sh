#!/usr/bin/env bash
# End-to-end test of the quiz in Spanish, as a person reaches it: from the
# locale (LANG=es_MX.UTF-8), from --lang es (which wins over the locale),
# from the welcome's Español/English switch, in a kiosk (whose next client
# is back in the default language), and over SSH from the client's LANG
# (ssh -o SetEnv=LANG=es_ES.UTF-8). The Spanish results must name the same
# pick and answer code as `jewelquiz recommend` for the same answers.
#
# Needs: go, tmux, ssh, python3, timeout.
# Environment: E2E_TIMEOUT=10 seconds to wait for each screen.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/e2e-ssh-lib.sh"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

EXIT_TIMEOUT=5
PIN=2468
unset JEWELQUIZ_STAFF_PIN

e2e_setup "jewelquiz-es-$$" jewelquiz-es go tmux ssh python3 timeout
write_runner

WELCOME_EN="Press enter to start"
WELCOME_ES="Pulsa enter para empezar"
TITLES_ES='Tu mejor opción|Dos opciones muy parejas|Ningún tipo encaja bien|Solo queda un tipo'
SET_A="2 1 3 1 2 0 2 1 1 1 2"

# expected_es TOKENS: "CODE<tab>NAME": the answer code and the pick's
# Spanish name from `jewelquiz recommend --lang es`.
expected_es() {
	answers_json "$1" | "$BIN" recommend --answers - --format json --lang es | "$PY" -c '
import json, sys
r = json.load(sys.stdin)
print(r["code"] + "\t" + r["ranking"][0]["name"])'
}

# spanish_results NAME: the screen shows the Spanish results.
spanish_results() { grep -qE "$TITLES_ES" <<<"$(screen "$1")"; }

# answer_in_spanish NAME TOKENS: answers the Spanish quiz from its welcome
# and checks the results against recommend's.
answer_in_spanish() {
	local name=$1 exp code pick s
	exp=$(expected_es "$2")
	code=${exp%%$'\t'*}
	pick=${exp#*$'\t'}
	T send-keys -t "$name" Enter
	QUESTION_FORMAT="Pregunta %d de " send_answers "$name" "$2" digits || return 1
	if ! poll "$TIMEOUT" spanish_results "$name"; then
		fail "$name: the Spanish results show"
		screen "$name" | indent
		return 1
	fi
	s=$(screen "$name")
	if grep -q "código $code" <<<"$s" && grep -q "^ *$pick  " <<<"$s"; then
		pass "$name: the Spanish results show $pick and código $code, as recommend --lang es says"
	else
		fail "$name: the Spanish results lack $pick or código $code"
		indent <<<"$s"
	fi
}

echo "# LANG=es_MX.UTF-8"
start es_env env LANG=es_MX.UTF-8 "$BIN"
if wait_for es_env "$WELCOME_ES"; then
	pass "es_env: the welcome speaks Spanish"
	answer_in_spanish es_env "$SET_A"
	T send-keys -t es_env q
	if poll "$EXIT_TIMEOUT" ended es_env && [[ $(rc_of es_env) == 0 ]] &&
		scrollback es_env | grep -qE "^($TITLES_ES)\$" && scrollback es_env | grep -q "Tu código de respuestas"; then
		pass "es_env: q ends it (status 0) and the report printed is in Spanish"
	else
		fail "es_env: after q, status $(rc_of es_env 2>/dev/null || echo none) and the printed report:"
		scrollback es_env | tail -15 | indent
	fi
else
	fail "es_env: the welcome speaks Spanish"
fi

echo "# --lang wins over the locale"
start es_flag "$BIN" --lang es
start en_flag env LANG=es_MX.UTF-8 "$BIN" --lang en
if wait_for es_flag "$WELCOME_ES" && wait_for en_flag "$WELCOME_EN"; then
	pass "--lang es speaks Spanish; LANG=es_MX.UTF-8 with --lang en speaks English"
else
	fail "--lang es / --lang en choose the language"
fi
T send-keys -t es_flag q
T send-keys -t en_flag q

echo "# the welcome's switch"
start switch "$BIN"
if wait_for switch "$WELCOME_EN" && T send-keys -t switch l && wait_for switch "$WELCOME_ES" &&
	wait_for switch "[ English ]" && T send-keys -t switch l && wait_for switch "$WELCOME_EN"; then
	pass "switch: l turns the welcome to Spanish and back to English"
else
	fail "switch: l turns the welcome to Spanish and back"
fi
T send-keys -t switch q

echo "# a kiosk: the next client is back in English"
mkdir -m 700 "$tmp/kiosk"
start kiosk env JEWELQUIZ_STAFF_PIN=$PIN "$BIN" --kiosk --data-dir "$tmp/kiosk"
if wait_for kiosk "$WELCOME_EN" && T send-keys -t kiosk l && wait_for kiosk "$WELCOME_ES"; then
	pass "kiosk: l turns the welcome to Spanish"
	if answer_in_spanish kiosk "$SET_A"; then
		T send-keys -t kiosk f
		if wait_for kiosk "¿Terminar sin guardar?" && T send-keys -t kiosk s && wait_for kiosk "$WELCOME_EN"; then
			pass "kiosk: Terminar, then s (sí), wipes to the next client's welcome, in English"
		else
			fail "kiosk: the next client's welcome is in English"
		fi
	fi
else
	fail "kiosk: l turns the welcome to Spanish"
fi

echo "# over SSH, the client's LANG"
ssh_setup
HOSTKEY="$tmp/keys/hostkey"
if start_server serve; then
	client ssh_en "$PORT"
	SSH_OPTS+=(-o SetEnv=LANG=es_ES.UTF-8)
	client ssh_es "$PORT"
	if wait_for ssh_es "$WELCOME_ES" && wait_for ssh_en "$WELCOME_EN"; then
		pass "ssh: SetEnv=LANG=es_ES.UTF-8 gets Spanish, no LANG gets English"
		answer_in_spanish ssh_es "$SET_A"
	else
		fail "ssh: the client's LANG chooses the language"
	fi
	T send-keys -t ssh_es q
	T send-keys -t ssh_en q
else
	fail "ssh: the server starts"
fi

finish
