#!/usr/bin/env python3
"""The real-answers benchmark of issue 21: `synthese run` on the real answers of
../shared/corpus/answers written as one CSV `id,question_id,text` (benches/real_answers.py), side
by side with `wc -w` and with the Python peer (benches/peer/peer.py, 2 processes) on the same file,
one run after the other. Machines are noisy (and shared), so the figures are ratios between runs
made in the same minutes; each run is repeated (--repeat) and the best wall time kept.

Run it through benches/real.sh (which builds the release binary and the peer's venv first):

  benches/real.sh                    # all 562,683 answers (106 MB): wc -w, peer, synthese 2 and 1 threads
  benches/real.sh --every 12         # one answer in 12 (9 MB): what benches/ci.sh runs
  benches/real.sh --no-peer          # without the Python peer

Ratios are throughputs (MB/s of the CSV): synthese on 2 threads against `wc -w` and against the
peer, 2 threads against 1. Targets (issue 21): >= 0.4x `wc -w`, >= 8x the peer, >= 1.85 from 1 to 2
threads, peak memory < 400 MB. Writes target/bench/real.json (real-every-N.json with --every N).
It never fails on a figure, only when a program fails.
"""
import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ANSWERS = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "answers")
MAP = "id=id,question=question_id,text=text"
TARGETS = {"vs_wc_w": 0.4, "vs_peer": 8.0, "scaling": 1.85, "peak_rss_mb": 400}


def log(msg):
    print(f"real: {msg}", file=sys.stderr, flush=True)


def timed(cmd, label):
    """One run under GNU time: wall, user and system seconds, peak RSS."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        load = round(os.getloadavg()[0], 2)
        os.sync()
        started = time.monotonic()
        done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", t.name, *cmd], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        elapsed = time.monotonic() - started
        if done.returncode != 0:
            raise RuntimeError(f"real: {label} failed ({done.returncode}):\n{done.stderr[-3000:]}")
        wall, user, sys_, rss = t.read().split()[-4:]
    return {"wall_s": max(float(wall) or round(elapsed, 3), 0.01), "cpu_s": round(float(user) + float(sys_), 2),
            "peak_rss_mb": round(int(rss) / 1024, 1), "load_before": load}


def measure(cmd, label, repeat, nbytes):
    runs = [timed(cmd, label) for _ in range(repeat)]
    best = min(runs, key=lambda r: r["wall_s"])
    out = dict(best)
    out["walls_s"] = [r["wall_s"] for r in runs]
    out["mb_per_s"] = round(nbytes / 1e6 / best["wall_s"], 2)
    out["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
    log(f"{label}: best {best['wall_s']:.2f} s of {out['walls_s']} (CPU {best['cpu_s']:.2f} s), "
        f"{out['mb_per_s']} MB/s, peak {out['peak_rss_mb']} MB")
    return out


def measure_or_exit(*args):
    try:
        return measure(*args)
    except RuntimeError as e:
        sys.exit(str(e))


def tree(folder):
    """Every file of a report folder (its pages/ included), by relative path, with its bytes."""
    out = {}
    for d, _, files in os.walk(folder):
        for f in files:
            path = os.path.join(d, f)
            with open(path, "rb") as fh:
                out[os.path.relpath(path, folder)] = fh.read()
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--every", type=int, default=1, help="keep one answer in N (1: all)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--python", default=sys.executable, help="the Python that has the peer's requirements")
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "synthese"))
    ap.add_argument("--answers", default=ANSWERS)
    a = ap.parse_args()
    data = os.path.join(ROOT, "target", "bench-data", "real")
    os.makedirs(data, exist_ok=True)
    name = "answers.csv" if a.every == 1 else f"answers-1-in-{a.every}.csv"
    csv_path = os.path.join(data, name)
    if not os.path.exists(csv_path):
        if not os.path.isdir(a.answers):
            sys.exit(f"real: {a.answers} not found: the benchmark reads the real answers of ../shared/corpus")
        subprocess.run([sys.executable, os.path.join(ROOT, "benches", "real_answers.py"), "--answers", a.answers,
                        "--every", str(a.every), csv_path], check=True)
    nbytes = os.path.getsize(csv_path)
    with open(csv_path, "rb") as f:  # in the page cache before the first run
        while f.read(1 << 24):
            pass
    log(f"{os.path.relpath(csv_path, ROOT)}: {nbytes / 1e6:.1f} MB, load average {os.getloadavg()[0]:.2f}")
    out_dir = tempfile.mkdtemp(prefix="synthese-real-")
    try:
        runs = {"wc_w": measure_or_exit(["wc", "-w", csv_path], "wc -w", a.repeat, nbytes)}
        if not a.no_peer:
            counts = os.path.join(out_dir, "peer.json")
            try:
                runs["peer_2_workers"] = measure(
                    [a.python, os.path.join(ROOT, "benches", "peer", "peer.py"), "--answers-csv", "--workers", "2",
                     "--lexicons", os.path.join(ROOT, "lexicons"), "--out", counts, csv_path],
                    "Python peer, 2 workers", a.repeat, nbytes)
            except RuntimeError as e:  # the peer is a yardstick: its failure is reported, not fatal
                log(f"{e}\nreal: going on without the peer")
        for threads in (2, 1):
            runs[f"synthese_{threads}_threads"] = measure_or_exit(
                [a.binary, "run", "-q", "--force", "--threads", str(threads), "--out",
                 os.path.join(out_dir, f"t{threads}"), "--map", MAP, csv_path],
                f"synthese, {threads} thread{'s' if threads > 1 else ''}", a.repeat, nbytes)
        same = tree(os.path.join(out_dir, "t1")) == tree(os.path.join(out_dir, "t2"))
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
    s2, s1, wc = runs["synthese_2_threads"], runs["synthese_1_threads"], runs["wc_w"]
    ratios = {"vs_wc_w": round(s2["mb_per_s"] / wc["mb_per_s"], 3), "scaling": round(s1["wall_s"] / s2["wall_s"], 3),
              "peak_rss_mb": max(s2["peak_rss_mb"], s1["peak_rss_mb"])}
    # The same per second of CPU (user + system): less sensitive to other jobs on the machine.
    ratios["vs_wc_w_per_cpu_s"] = round(wc["cpu_s"] / max(s2["cpu_s"], 0.01), 3)
    if "peer_2_workers" in runs:
        ratios["vs_peer"] = round(s2["mb_per_s"] / runs["peer_2_workers"]["mb_per_s"], 2)
        ratios["vs_peer_per_cpu_s"] = round(runs["peer_2_workers"]["cpu_s"] / max(s2["cpu_s"], 0.01), 2)
    met = {k: (ratios[k] < v if k == "peak_rss_mb" else ratios[k] >= v) for k, v in TARGETS.items() if k in ratios}
    result = {
        "input": {"file": os.path.relpath(csv_path, ROOT), "bytes": nbytes, "every": a.every},
        "runs": runs, "ratios": ratios, "targets": TARGETS, "met": met,
        "reports_identical_1_and_2_threads": same,
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                    "load_average_after": round(os.getloadavg()[0], 2)},
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "binary": os.path.relpath(a.binary, ROOT),
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                 text=True).stdout.strip(),
    }
    os.makedirs(os.path.join(ROOT, "target", "bench"), exist_ok=True)
    path = os.path.join(ROOT, "target", "bench", "real.json" if a.every == 1 else f"real-every-{a.every}.json")
    with open(path, "w") as f:
        json.dump(result, f, indent=2)
    peer = (f", {ratios['vs_peer']:.2f}x the Python peer (target >= 8; {ratios['vs_peer_per_cpu_s']:.2f}x per CPU "
            f"second)" if "vs_peer" in ratios else ", no peer")
    print(f"bench (real answers, {nbytes / 1e6:.1f} MB): synthese 2 threads {s2['mb_per_s']:.1f} MB/s: "
          f"{ratios['vs_wc_w']:.3f}x wc -w (target >= 0.4; {ratios['vs_wc_w_per_cpu_s']:.3f}x per CPU second){peer}; "
          f"2 threads {ratios['scaling']:.2f}x 1 "
          f"(target >= 1.85); peak {ratios['peak_rss_mb']:.0f} MB; reports at 1 and 2 threads "
          f"{'identical' if same else 'DIFFERENT'}")
    if not same:
        sys.exit("real: the reports of 1 and 2 threads differ")


if __name__ == "__main__":
    main()
