#!/usr/bin/env bash
# The test command: installs what is missing, then runs the whole test suite in release mode
# (one RocksDB build serves the tests and the main job).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo test --release --locked "$@"
