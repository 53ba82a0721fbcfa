#!/usr/bin/env bash
# Installs what building and testing showkg needs beyond the Rust toolchain and Python:
# libclang (Oxigraph's RocksDB binding runs bindgen at build time) and the Python packages
# the tests use (pyoxigraph for the referee, networkx to read back `showkg graph` exports). Safe
# to run again: it installs only what is missing.
set -euo pipefail

if ! { ldconfig -p 2>/dev/null | grep -q 'libclang[-.0-9]*\.so'; } && [ -z "${LIBCLANG_PATH:-}" ]; then
  echo "setup: installing libclang-dev (needed by bindgen for RocksDB)" >&2
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libclang-dev >/dev/null
fi

if ! python3 -c 'import pyoxigraph, networkx' 2>/dev/null; then
  echo "setup: installing Python test dependencies" >&2
  python3 -m pip install -q -r "$(dirname "$0")/../requirements-test.txt"
fi
