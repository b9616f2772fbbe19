#!/usr/bin/env bash
# End-to-end test of `jewelquiz serve` against a hostile client: bounded,
# loopback only. The server is the real binary with --handshake-timeout 2s;
# the attacks come from ./ui/serve/hostile (x/crypto/ssh, each from its own
# 127.0.1.x address):
#   - a pty-req and a window-change of 2,147,483,647 × 2,147,483,647;
#   - 200 connections that send nothing or only a banner;
#   - 2,000 env requests of 200 KB before any shell;
#   - a bracketed paste of 12 MB with no end marker.
# Then it checks that the server still serves a normal session with the
# real OpenSSH client, that its RSS and open descriptors are back near where
# they started, what the attacks cost it in CPU, and that SIGTERM with no
# quiz open ends it at once (well inside --grace 30s).
#
# Needs: go, tmux, ssh (OpenSSH client), python3.
# Environment:
#   E2E_TIMEOUT=10   seconds to wait for each screen
#   RSS_SLACK_MB=30  how far above its starting RSS the server may end
#   CPU_LIMIT_S=10   CPU-seconds the attacks may cost the server (the paste
#                    alone cost 94.6 before it was capped)
# Prints one line per check and ends with "N passed, M failed"; exits 1 if
# anything failed.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/e2e-ssh-lib.sh"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

RSS_SLACK_MB=${RSS_SLACK_MB:-30}
CPU_LIMIT_S=${CPU_LIMIT_S:-10}
unset JEWELQUIZ_STAFF_PIN

e2e_setup "jewelquiz-hostile-$$" jewelquiz-hostile go tmux ssh python3
HOSTKEY="$tmp/keys/hostkey"
ssh_setup
if ! go build -o "$tmp/hostile" ./ui/serve/hostile; then
	fail "build the hostile client"
	finish
fi

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
fds() { find "/proc/$1/fd" -mindepth 1 -maxdepth 1 | wc -l; }
# cpu_s PID: user and system CPU-seconds, to two places.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }

if ! start_server hostile --handshake-timeout 2s --grace 30s; then
	fail "the server starts and accepts connections"
	finish
fi
S=$SERVER
P=$PORT
# Let the start-up settle before the baseline.
sleep 0.5
rss0=$(rss_kb "$S")
fds0=$(fds "$S")
cpu0=$(cpu_s "$S")
echo "# before: RSS $((rss0 / 1024)) MB, $fds0 descriptors, $cpu0 CPU-s"

n=10
for attack in pty halfopen env paste; do
	n=$((n + 1))
	if out=$("$tmp/hostile" -addr "127.0.0.1:$P" -source "127.0.1.$n" -conns 200 -wait 10s "$attack" 2>&1); then
		pass "$out"
	else
		fail "$attack: $out"
	fi
	if ! alive "$S"; then
		fail "the server survives the $attack attack; its log ends:"
		tail -20 "$tmp/hostile.log" | indent
		finish
	fi
done
pass "the server is still running after every attack"

# Every connection the attacks opened is closed by the handshake deadline
# (2 s) or when the attack ends.
if poll 5 eval '(( $(fds "$S") <= fds0 + 2 ))'; then
	pass "open descriptors back to $(fds "$S") (were $fds0 before)"
else
	fail "open descriptors back near $fds0 (are $(fds "$S")):"
	ls -l "/proc/$S/fd" | indent
fi

cpu1=$(cpu_s "$S")
used=$("$PY" -c "print(f'{$cpu1 - $cpu0:.2f}')")
if "$PY" -c "import sys; sys.exit(0 if $cpu1 - $cpu0 <= $CPU_LIMIT_S else 1)"; then
	pass "the four attacks cost the server $used CPU-seconds (limit $CPU_LIMIT_S)"
else
	fail "the four attacks cost the server $used CPU-seconds, over $CPU_LIMIT_S"
fi

# A normal customer, with the real OpenSSH client.
client customer "$P"
if wait_for customer "Press enter to start" && T send-keys -t customer Enter && wait_for customer "Question 1 of "; then
	pass "a normal ssh -tt session still gets the quiz after the attacks"
else
	fail "a normal ssh -tt session gets the quiz after the attacks"
fi
# The customer leaves mid-quiz by closing the terminal (the connection
# drops), so no quiz is open for the SIGTERM check below.
T kill-session -t customer
if poll 5 eval '(( $(grep -c "disconnect user=$(id -un)" "$tmp/hostile.log") >= 1 ))'; then
	pass "the customer's dropped connection is noticed"
else
	fail "the customer's dropped connection is noticed (no disconnect line in the log)"
fi

rss1=$(rss_kb "$S")
echo "# after: RSS $((rss1 / 1024)) MB, $(fds "$S") descriptors, $cpu1 CPU-s"
if ((rss1 <= rss0 + RSS_SLACK_MB * 1024)); then
	pass "RSS $((rss1 / 1024)) MB after the attacks (was $((rss0 / 1024)) MB; slack $RSS_SLACK_MB MB)"
else
	fail "RSS $((rss1 / 1024)) MB after the attacks, more than $RSS_SLACK_MB MB above $((rss0 / 1024)) MB"
fi

if grep -q 'no quiz started within the handshake timeout' "$tmp/hostile.log" &&
	grep -q 'sent more than the pre-quiz budget' "$tmp/hostile.log"; then
	pass "server log: half-open connections and the env flood closed, with the reason"
else
	fail "server log names the handshake timeout and the pre-quiz budget:"
	grep -E 'WARN|ERRO' "$tmp/hostile.log" | head -20 | indent
fi
if grep -q FLOOD "$tmp/hostile.log" || grep -q pppppppp "$tmp/hostile.log"; then
	fail "the server log holds what a client sent"
else
	pass "server log: nothing a client sent (env values, pasted text)"
fi

# SIGTERM with no quiz open: at once, not after --grace 30s.
t0=$(now)
kill -s TERM "$S"
wait_server "$S" 5
if [[ $SERVER_RC == 0 ]]; then
	pass "SIGTERM with no quiz open: the server exits 0 after $(since "$t0") (grace 30s)"
else
	fail "SIGTERM with no quiz open: the server exits within 5s (status: $SERVER_RC); its log ends:"
	tail -8 "$tmp/hostile.log" | indent
fi

finish
