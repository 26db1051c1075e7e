#!/usr/bin/env bash
# The short benchmark CI runs after the tests (a minute or two once `cargo test --release` has
# built target/release/synthese): synthese on 2 threads and `wc -w` on the same small input, one
# after the other, best of 3 each, and one line with their throughput ratio; then the same on a
# small file of real answers with the Python peer too (benches/real.sh). Machines are noisy, so it
# never fails on the figures; it fails only when synthese itself fails.
#
# Input: 3,000 contributions per theme made by ../shared/tools/make_official_export.py when the
# shared folder is there (kept in target/bench-data/), otherwise the shipped corpus/ CSV files
# repeated. Also writes target/bench/ci.json.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=target/release/synthese
[ -x "$bin" ] || cargo build --release --quiet || exit 1
data=target/bench-data/ci
tool=../shared/tools/make_official_export.py
if [ ! -e "$data/.complete" ]; then
    rm -rf "$data" && mkdir -p "$data"
    if [ -f "$tool" ] && python3 "$tool" --theme all --contributions 3000 --format csv \
        --out-dir "$data" 2>/dev/null; then
        input="make_official_export.py --contributions 3000 per theme"
    else
        rm -rf "$data" && mkdir -p "$data"
        for f in corpus/official-layout/*.csv; do
            # The header once, then the records 25 times (each record is one line in this layout).
            { cat "$f"; for _ in $(seq 24); do tail -n +2 "$f"; done; } > "$data/$(basename "$f")"
        done
        input="corpus/official-layout/*.csv repeated 25 times"
    fi
    echo "$input" > "$data/.complete"
fi
input=$(cat "$data/.complete")
files=("$data"/*.csv)
bytes=$(cat "${files[@]}" | wc -c)
cat "${files[@]}" > /dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

best() { # best wall time in seconds of 3 runs of "$@" (exits on failure)
    local b=""
    for _ in 1 2 3; do
        local t0 t1
        t0=$(date +%s.%N)
        "$@" > /dev/null || { echo "bench: '$*' failed" >&2; exit 1; }
        t1=$(date +%s.%N)
        b=$(python3 -c "import sys; t=$t1-$t0; b='$b'; print(min(t, float(b)) if b else t)")
    done
    echo "$b"
}
syn=$(best "$bin" run -q --threads 2 --out "$out" "${files[@]}") || exit 1
wc=$(best wc -w "${files[@]}") || exit 1
python3 - "$bytes" "$syn" "$wc" "$input" <<'PY'
import json, os, sys
nbytes, syn, wc, source = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
s, w = nbytes / 1e6 / syn, nbytes / 1e6 / wc
print(f"bench: synthese 2 threads {s:.1f} MB/s, wc -w {w:.1f} MB/s, ratio {s / w:.2f} "
      f"(target >= 0.4, issue 21; {nbytes / 1e6:.1f} MB: {source})")
os.makedirs("target/bench", exist_ok=True)
json.dump({"bytes": nbytes, "input": source, "synthese_2_threads_mb_per_s": round(s, 1),
           "wc_w_mb_per_s": round(w, 1), "ratio_vs_wc_w": round(s / w, 3)},
          open("target/bench/ci.json", "w"), indent=2)
PY
# The real-answers figures (benches/real.sh): one answer in 12 of ../shared/corpus/answers (9 MB),
# best of 3, against `wc -w` and against the Python peer (left out when its requirements cannot be
# installed). Skipped without the shared folder; fails only when synthese fails.
if [ -d ../shared/corpus/answers ]; then
    SKIP_BUILD=1 bash benches/real.sh --every 12 --repeat 3 || exit 1
else
    echo "bench: ../shared/corpus/answers not found; the real-answers figures are skipped"
fi
exit 0
