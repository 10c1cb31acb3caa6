# Shared shell helpers for scripts/*: logging, temporary folders, free ports and
# running a long step so that a signal can stop it. Source it, do not run it.
# shellcheck shell=bash

msp_log() { printf '%s %s\n' "[$(date +%H:%M:%S)]" "$*" >&2; }
msp_warn() { printf '%s WARNING: %s\n' "[$(date +%H:%M:%S)]" "$*" >&2; }
msp_die() {
  printf '%s ERROR: %s\n' "[$(date +%H:%M:%S)]" "$*" >&2
  exit 1
}

msp_is_root() { [ "$(id -u)" -eq 0 ]; }

# A TCP port on 127.0.0.1 that the kernel reports free right now. Another
# process can still take it before we bind, so callers retry on "address in use".
msp_free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 - <<'PY'
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
  else
    # Without python3: a random port from the dynamic range that nothing listens on.
    local p
    for _ in $(seq 1 50); do
      p=$((49152 + RANDOM % 16000))
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
        echo "$p"
        return 0
      fi
    done
    return 1
  fi
}

# Runs a long command in its own session so that msp_stop_child can stop it and
# everything it started (ctest and its tests, ninja and its compilers). The
# caller's INT/TERM traps then run at once instead of after the command ends,
# which is what bash does with a foreground child.
MSP_CHILD_PID=""
msp_run_child() {
  setsid "$@" &
  MSP_CHILD_PID=$!
  local rc=0
  wait "$MSP_CHILD_PID" || rc=$?
  MSP_CHILD_PID=""
  return "$rc"
}

msp_stop_child() {
  local sig=${1:-TERM} pid=$MSP_CHILD_PID
  [ -n "$pid" ] || return 0
  kill -"$sig" -- "-$pid" 2>/dev/null || kill -"$sig" "$pid" 2>/dev/null || true
  # Let it finish cleanly (ctest reports the interrupted tests), then insist.
  local i
  for i in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    [ "$i" -ne 30 ] || kill -TERM -- "-$pid" 2>/dev/null || true
    sleep 0.1
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  MSP_CHILD_PID=""
}
