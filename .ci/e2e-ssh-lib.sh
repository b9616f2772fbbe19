# Shared by the end-to-end tests that serve the quiz over SSH
# (.ci/e2e-ssh.sh, .ci/e2e-hostile.sh), sourced after e2e-lib.sh:
#
#	source "$(dirname "${BASH_SOURCE[0]}")/e2e-ssh-lib.sh"
#
# before e2e_setup. It gives: servers (started servers, killed by the
# cleanup), alive, free_port, accepts, start_server, wait_server,
# SSH_OPTS and, once ssh_setup has run after e2e_setup, client and rc_of.
# start_server needs HOSTKEY set.

declare -a servers=() # pids of the servers this script started
# Run by cleanup (e2e-lib.sh) after it kills the tmux server.
cleanup_after_tmux() {
	local pid
	for pid in "${servers[@]}"; do
		if alive "$pid"; then
			kill -s KILL "$pid" 2>/dev/null || true
		fi
		wait "$pid" 2>/dev/null || true
	done
}

# ---- servers ------------------------------------------------------------

# alive PID: the process runs (a child that has exited but not been waited
# for is a zombie, which kill -0 still finds).
alive() {
	local state
	state=$(sed -E 's/^.*\) //; s/ .*//' "/proc/$1/stat" 2>/dev/null) || return 1
	[[ -n $state && $state != [ZX] ]]
}

free_port() {
	"$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
accepts() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_server NAME FLAGS...: starts `jewelquiz serve` on a free port of
# 127.0.0.1 with FLAGS, its log in $tmp/NAME.log, and waits until the port
# accepts connections (another port if that one was taken meanwhile). Sets
# PORT and SERVER (its pid).
start_server() {
	local name=$1 try
	shift
	for try in 1 2 3; do
		PORT=$(free_port)
		"$BIN" serve --addr "127.0.0.1:$PORT" --host-key "$HOSTKEY" "$@" \
			</dev/null >"$tmp/$name.out" 2>"$tmp/$name.log" &
		SERVER=$!
		servers+=("$SERVER")
		if poll "$TIMEOUT" accepts_or_died "$PORT" "$SERVER" && alive "$SERVER"; then
			return 0
		fi
		if alive "$SERVER"; then
			echo "    the server did not accept connections on port $PORT within ${TIMEOUT}s; its log:"
			indent <"$tmp/$name.log"
			return 1
		fi
		wait "$SERVER" 2>/dev/null || true
		echo "    the server on port $PORT ended at once (try $try); its log:"
		indent <"$tmp/$name.log"
	done
	return 1
}
accepts_or_died() { accepts "$1" || ! alive "$2"; }

# wait_server PID SECONDS: waits up to SECONDS for the server to end; sets
# SERVER_RC to its exit status (or "running").
wait_server() {
	SERVER_RC=running
	if poll "$2" eval "! alive $1"; then
		SERVER_RC=0
		wait "$1" || SERVER_RC=$?
	fi
}

# ---- clients --------------------------------------------------------------

SSH_OPTS=(-F /dev/null -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null
	-o LogLevel=ERROR -o PubkeyAuthentication=no -o IdentityAgent=none -o ConnectTimeout=10
	-o AddressFamily=inet) # localhost is 127.0.0.1, where the servers listen

# ssh_setup: writes the runner client uses; call it after e2e_setup.
ssh_setup() {
	cat >"$tmp/run.sh" <<-'EOF'
	#!/bin/sh
	# run.sh BASE CMD...: runs CMD, its status in BASE.rc
	base=$1
	shift
	"$@"
	echo $? >"$base.rc"
	EOF
}

# client NAME PORT: `ssh -tt` to the quiz in a new 80×24 session; the ssh
# client's exit status goes to $tmp/NAME.rc.
client() {
	T new-session -d -s "$1" -x 80 -y 24 \
		"$(printf '%q ' /bin/sh "$tmp/run.sh" "$tmp/$1" ssh -tt "${SSH_OPTS[@]}" -p "$2" localhost)"
}

# rc_of NAME: the ssh client's exit status, "none" if it has not ended
# (unlike e2e-lib.sh's, which needs $tmp/NAME.rc).
rc_of() { tr -d '[:space:]' <"$tmp/$1.rc" 2>/dev/null || echo none; }
