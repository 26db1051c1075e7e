#!/usr/bin/env bash
# The end-to-end benchmark (see benches/e2e.py and README.md, "Benchmarks"): builds the release
# binary, installs the Python peer's requirements in target/bench-venv, then runs benches/e2e.py
# with the given options (--scale full|N, --format csv|json, --repeat N, --no-peer, --no-x4).
# Writes target/bench/e2e.json.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
venv=target/bench-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r benches/peer/requirements.txt
exec python3 benches/e2e.py --python "$venv/bin/python" "$@"
