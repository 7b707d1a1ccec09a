# shellcheck shell=bash
# Shared helpers for HOP's scripts. Source this file; it defines functions only
# and does not change the caller's shell options.

# hop_log MSG...: one line on stderr, prefixed with the calling script's name.
hop_log() {
  printf '%s: %s\n' "${HOP_LOG_PREFIX:-hop}" "$*" >&2
}

# hop_die MSG...: log and return failure (callers run with `set -e`).
hop_die() {
  hop_log "error: $*"
  return 1
}

# hop_as_root CMD...: run CMD as root (directly when root, else via
# non-interactive sudo). Fails with a clear message when neither is possible.
hop_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n "$@" || hop_die "'sudo -n $*' failed (passwordless sudo is needed to install or start system packages)"
  else
    hop_die "must run as root (or have sudo) to run: $*"
  fi
}

# hop_apt_install PKG...: install the Debian packages that are missing.
# Runs `apt-get update` at most once per shell.
hop_apt_install() {
  local missing=() pkg
  for pkg in "$@"; do
    if ! dpkg -s "$pkg" >/dev/null 2>&1; then
      missing+=("$pkg")
    fi
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 \
    || { hop_die "apt-get not found; install these packages by hand: ${missing[*]}"; return 1; }
  hop_log "installing ${missing[*]} (apt-get)"
  if [ -z "${_HOP_APT_UPDATED:-}" ]; then
    hop_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null >/dev/null \
      || { hop_die "apt-get update failed"; return 1; }
    _HOP_APT_UPDATED=1
  fi
  hop_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    "${missing[@]}" </dev/null >/dev/null \
    || hop_die "apt-get install ${missing[*]} failed"
}

# ensure_libpq_dev: diesel's PostgreSQL backend links libpq.
ensure_libpq_dev() {
  hop_apt_install libpq-dev
}

# ensure_cargo: put rustup's default bin dir on PATH when cargo is not found.
ensure_cargo() {
  if ! command -v cargo >/dev/null 2>&1 && [ -x "${CARGO_HOME:-$HOME/.cargo}/bin/cargo" ]; then
    export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
  fi
  command -v cargo >/dev/null 2>&1 || hop_die "cargo not found (install Rust with rustup)"
}

# hop_target_dir: where cargo puts build output.
hop_target_dir() {
  printf '%s\n' "${CARGO_TARGET_DIR:-target}"
}

# ensure_aiosmtpd: Python's aiosmtpd, the real SMTP server the e-mail tests
# start (HOP_TEST_PYTHON, default python3). pip first; where the system
# Python refuses pip (PEP 668), Debian's package.
ensure_aiosmtpd() {
  local python="${HOP_TEST_PYTHON:-python3}"
  command -v "$python" >/dev/null 2>&1 || hop_apt_install python3 || return 1
  "$python" -c 'import aiosmtpd' >/dev/null 2>&1 && return 0
  hop_log "installing aiosmtpd (pip)"
  "$python" -m pip install --quiet --disable-pip-version-check aiosmtpd </dev/null >/dev/null 2>&1 \
    || hop_apt_install python3-aiosmtpd \
    || { hop_die "cannot install aiosmtpd (pip install aiosmtpd)"; return 1; }
  "$python" -c 'import aiosmtpd' >/dev/null 2>&1 \
    || hop_die "aiosmtpd is installed but $python cannot import it"
}

# ensure_poppler: pdftotext and pdftoppm, with which the document tests read
# the PDFs HOP writes as a person would (text with every diacritic).
ensure_poppler() {
  command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 && return 0
  hop_apt_install poppler-utils
}

# ensure_browser: Debian's Chromium and its WebDriver, which the page tests
# drive headless, and axe-core (npm, the lock file's exact version), which
# they inject into every page. Nothing is downloaded by the tests themselves.
ensure_browser() {
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    hop_apt_install chromium chromium-driver || return 1
  fi
  local axe=tests/browser/node_modules/axe-core/axe.min.js
  [ -f "$axe" ] && return 0
  command -v npm >/dev/null 2>&1 || hop_apt_install npm || return 1
  hop_log "installing axe-core for the browser tests (npm ci)"
  npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error </dev/null >/dev/null \
    || { hop_die "npm ci in tests/browser failed"; return 1; }
  [ -f "$axe" ] || hop_die "npm ci did not install $axe"
}
