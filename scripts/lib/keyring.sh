# A private, unlocked Secret Service (gnome-keyring) for tests and local runs, so
# QtKeychain has a real backend. Source common.sh first.
#
#   msp_keyring_env <work-dir>   before dbus-run-session: a fresh HOME and
#                                XDG_RUNTIME_DIR (and XDG dirs) under work-dir
#   msp_keyring_unlock           inside dbus-run-session: start gnome-keyring-daemon
#                                with a random password, unlock it and prove that
#                                it stores and returns a secret
# scripts/lib/with-keyring runs a command with both done.
# shellcheck shell=bash

msp_keyring_env() {
  local work=$1
  export HOME="$work/home"
  export XDG_RUNTIME_DIR="$work/run"
  export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
  mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
  chmod 700 "$HOME" "$XDG_RUNTIME_DIR"
}

msp_keyring_unlock() {
  [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || msp_die "msp_keyring_unlock needs a D-Bus session: run it under dbus-run-session"
  command -v gnome-keyring-daemon >/dev/null || msp_die "gnome-keyring-daemon is missing: run scripts/install-deps"
  command -v secret-tool >/dev/null || msp_die "secret-tool is missing (libsecret-tools): run scripts/install-deps"

  # With a fresh HOME this creates the "login" keyring with this password and
  # leaves it unlocked; nobody needs the password afterwards.
  local password out
  password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
  out=$(printf '%s' "$password" | timeout 20 gnome-keyring-daemon --unlock --components=secrets 2>/dev/null) \
    || msp_die "gnome-keyring-daemon --unlock failed"
  eval "$out"
  [ -n "${GNOME_KEYRING_CONTROL:-}" ] && export GNOME_KEYRING_CONTROL
  [ -n "${SSH_AUTH_SOCK:-}" ] && export SSH_AUTH_SOCK

  # A locked or absent keyring makes these block or fail: bounded by timeout.
  local probe got
  probe="probe-$RANDOM$RANDOM"
  printf '%s' "$probe" | timeout 15 secret-tool store --label='MedSpaSync test probe' medspasync-probe "$$" \
    || msp_die "the Secret Service did not store a test secret (is the keyring locked?)"
  got=$(timeout 15 secret-tool lookup medspasync-probe "$$") \
    || msp_die "the Secret Service did not return the test secret"
  [ "$got" = "$probe" ] || msp_die "the Secret Service returned a different secret than stored"
  timeout 15 secret-tool clear medspasync-probe "$$" || true
  msp_log "Secret Service is up: gnome-keyring unlocked in a private D-Bus session (HOME=$HOME)"
}
