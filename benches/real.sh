#!/usr/bin/env bash
# The real-answers benchmark (see benches/real.py): builds the release binary, installs the Python
# peer's requirements in target/bench-venv (the peer is left out, with a message, when that fails),
# then runs benches/real.py with the given options (--every N, --repeat N, --no-peer). Writes
# target/bench/real.json (real-every-N.json with --every N).
set -uo pipefail
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || cargo build --release --quiet || exit 1
venv=target/bench-venv
peer=()
if [[ " $* " != *" --no-peer "* ]]; then
    if { [ -x "$venv/bin/python" ] || python3 -m venv "$venv" >/dev/null 2>&1; } &&
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r benches/peer/requirements.txt \
            >/dev/null 2>&1; then
        peer=(--python "$venv/bin/python")
    else
        echo "real: the Python peer's requirements could not be installed; running without the peer" >&2
        peer=(--no-peer)
    fi
fi
exec python3 benches/real.py "${peer[@]}" "$@"
