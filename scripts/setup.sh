#!/usr/bin/env bash
# Prepares a fresh Debian machine (run as root) for pyslug's tests and demo.
# Idempotent: installs only the missing system packages, and runs `npm ci` only
# when node_modules is absent or older than package-lock.json.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# patchelf: strip RUNPATH from the test Python archives; zstd/xz-utils: archive formats;
# pipenv, python3-poetry: the oracles of the Pipfile.lock and poetry.lock tests; git: fixtures and tooling;
# shellcheck: lints bin/ and the generated .profile.d scripts; strace: the kill tests hold a build at a system call.
packages=(patchelf zstd xz-utils pipenv python3-poetry git shellcheck strace)

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg -s "$pkg" >/dev/null 2>&1; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} > 0)); then
  if [[ "$(id -u)" != "0" ]]; then
    echo "setup: missing packages ${missing[*]}; run this script as root" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  apt-get -o DPkg::Lock::Timeout=600 update
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}"
fi

if [[ ! -d "$root/node_modules" || "$root/package-lock.json" -nt "$root/node_modules" ]]; then
  echo "setup: installing npm dependencies"
  (cd "$root" && npm ci)
  touch "$root/node_modules"
fi
