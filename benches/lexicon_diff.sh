#!/usr/bin/env bash
# How long `synthese lexicon diff` takes to answer on one question's answers, the annotator's edit
# loop (issue 22): ../shared/corpus/answers/Q127.csv (about 9,000 answers) with the default
# lexicons against a copy with one entry removed and one added. Prints, per thread count, the
# median, min and max wall time of REPEAT runs (default 11), their median CPU time (user + system:
# what the wall time is when the machine is not shared) and the load average, and writes them as
# JSON to target/bench/lexicon-diff.json.
#   benches/lexicon_diff.sh [REPEAT]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || cargo build --release --quiet
repeat=${1:-11}
answers=../shared/corpus/answers/Q127.csv
[ -f "$answers" ] || { echo "lexicon_diff: $answers is missing" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r lexicons "$work/new"
python3 - "$work/new/codebooks/q127.lex" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
s = s.replace("    1905\n", "", 1).replace("    calendrier*\n", "    calendrier*\n    religi*\n", 1)
open(p, "w", encoding="utf-8").write(s)
PY
mkdir -p target/bench
python3 - "$repeat" "$answers" "$work/new" <<'PY'
import json, os, resource, statistics, subprocess, sys, time
repeat, answers, new = int(sys.argv[1]), sys.argv[2], sys.argv[3]
cmd = ["target/release/synthese", "lexicon", "diff", "lexicons", new, answers,
       "--map", "question=question_id,text=text"]
first = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.splitlines()
summary = next(l for l in first if l.startswith("Answers:"))
results = {"command": " ".join(cmd[:4] + ["NEW", "Q127.csv"] + cmd[6:]), "cores": os.cpu_count(),
           "summary": summary, "runs": {}}
for threads in ["default", "1"]:
    extra = [] if threads == "default" else ["--threads", threads]
    times, cpu = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(cmd + extra, capture_output=True, check=True)
        times.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    results["runs"][threads] = {"median_s": round(statistics.median(times), 3),
                                "min_s": round(min(times), 3), "max_s": round(max(times), 3),
                                "median_cpu_s": round(statistics.median(cpu), 3), "repeat": repeat,
                                "load_average_1min": os.getloadavg()[0]}
    print(f"threads {threads}: wall median {statistics.median(times):.3f} s, min {min(times):.3f}, "
          f"max {max(times):.3f}; CPU median {statistics.median(cpu):.3f} s ({repeat} runs, "
          f"load average {os.getloadavg()[0]:.1f})")
print(summary)
json.dump(results, open("target/bench/lexicon-diff.json", "w"), indent=2)
PY
