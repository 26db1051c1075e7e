#!/usr/bin/env python3
"""End-to-end benchmark of `synthese run` at the national scale, side by side with `wc -w` and with
the reference Python pipeline (benches/peer/peer.py) on the same files, in the same run. Machines
are noisy, so the figures that matter are ratios between runs made one after the other.

Run it through benches/e2e.sh (which builds the release binary and the peer's venv first):

  benches/e2e.sh                        # the national scale (569,022 contributions, CSV), 1 and 2 threads, the peer, 4x
  benches/e2e.sh --scale 20000          # 20,000 contributions per theme: a quick check
  benches/e2e.sh --format json          # the same in the JSON export layout (no peer: it reads CSV)
  benches/e2e.sh --distinct             # also a run where every answer is distinct (memory stress)

The generator draws from 562,683 real answers, so at the national scale most answers repeat (some
400,000 distinct texts in 5.7 million), while a real national export holds millions of distinct
texts. --distinct measures what that costs: benches/distinct.py appends to every answer six filler
words that number it, and the run's peak memory is set against the plain run's.

Input: ../shared/tools/make_official_export.py --theme all --scale full (or --contributions N),
generated once and kept in target/bench-data/. Output: target/bench/e2e.json (and a summary on
stdout). Wall and CPU time and peak resident memory come from GNU time (/usr/bin/time).
"""
import argparse
import filecmp
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_TOOL = os.path.join(os.path.dirname(ROOT), "shared", "tools", "make_official_export.py")
THEMES = ["DEMOCRATIE_ET_CITOYENNETE", "LA_TRANSITION_ECOLOGIQUE",
          "LA_FISCALITE_ET_LES_DEPENSES_PUBLIQUES", "ORGANISATION_DE_LETAT_ET_DES_SERVICES_PUBLICS"]
REPORTS = ["synthese.md", "themes.csv", "assignments.csv", "rejects.csv", "run.json"]
# The targets, as ratios measured in one run on one machine.
TARGET_VS_WC = 1.5
TARGET_VS_PEER = 25.0
TARGET_SCALING = 1.8
TARGET_RSS_MB = 400


def log(msg):
    print(f"e2e: {msg}", file=sys.stderr, flush=True)


def generate(scale, fmt, data_dir, tool):
    """The input files, generated once into data_dir/<scale>-<fmt>/ and reused."""
    name = f"{scale}-{fmt}"
    folder = os.path.join(data_dir, name)
    files = [os.path.join(folder, f"{t}.{fmt}") for t in THEMES]
    if os.path.exists(os.path.join(folder, ".complete")):
        return files
    if not os.path.exists(tool):
        sys.exit(f"e2e: {tool} not found: the benchmark generates its input with the shared tool")
    partial = folder + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    size = ["--scale", "full"] if scale == "full" else ["--contributions", str(scale)]
    log(f"generating {name} with {os.path.relpath(tool, ROOT)} (minutes at the full scale)...")
    subprocess.run([sys.executable, tool, "--theme", "all", *size, "--format", fmt, "--out-dir", partial],
                   check=True)
    shutil.rmtree(folder, ignore_errors=True)
    os.rename(partial, folder)
    open(os.path.join(folder, ".complete"), "w").close()
    return files


def distinct_files(files, scale, data_dir):
    """The input rewritten with every free-text answer distinct, made once and reused."""
    folder = os.path.join(data_dir, f"{scale}-csv-distinct")
    out = [os.path.join(folder, os.path.basename(f)) for f in files]
    if not os.path.exists(os.path.join(folder, ".complete")):
        log(f"writing {os.path.relpath(folder, ROOT)} with benches/distinct.py...")
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(ROOT, "benches", "distinct.py"), folder, *files], check=True)
        open(os.path.join(folder, ".complete"), "w").close()
    return out


def warm(files):
    """Reads the files once so that every run finds them in the page cache."""
    for f in files:
        with open(f, "rb") as fh:
            while fh.read(1 << 24):
                pass


def timed(cmd, label, cwd=ROOT, stdout=subprocess.DEVNULL):
    """One run under GNU time: wall, user and system seconds, peak RSS."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        full = ["/usr/bin/time", "-f", "%e %U %S %M", "-o", t.name, *cmd]
        load_before = round(os.getloadavg()[0], 2)
        # The reports a run wrote (3.6 GB at the national scale) are flushed before the next run
        # starts: else the kernel writes them back during it, on a core it may need.
        os.sync()
        started = time.monotonic()
        done = subprocess.run(full, cwd=cwd, stdout=stdout, stderr=subprocess.PIPE, text=True)
        elapsed = time.monotonic() - started
        if done.returncode != 0:
            sys.exit(f"e2e: {label} failed ({done.returncode}):\n{done.stderr[-3000:]}")
        wall, user, sys_, rss = t.read().split()[-4:]
    return {"wall_s": max(float(wall) or round(elapsed, 3), 0.01),
            "user_s": float(user), "sys_s": float(sys_), "cpu_s": round(float(user) + float(sys_), 2),
            "peak_rss_mb": round(int(rss) / 1024, 1), "stderr": done.stderr.strip()[-500:],
            "load_before": load_before}


def best(runs):
    return min(runs, key=lambda r: r["wall_s"])


def measure(cmd, label, repeat, nbytes, answers=None, **kw):
    runs = [timed(cmd, label, **kw) for _ in range(repeat)]
    r = best(runs)
    r["mb_per_s"] = round(nbytes / 1e6 / r["wall_s"], 1)
    # Per second of CPU: what a run costs, less sensitive than wall time to other load.
    r["mb_per_cpu_s"] = round(nbytes / 1e6 / max(r["cpu_s"], 0.01), 1)
    r["load_average_before"] = r.pop("load_before")
    if answers:
        r["answers_per_s"] = round(answers / r["wall_s"])
    r["runs_wall_s"] = [x["wall_s"] for x in runs]
    r.pop("stderr", None)
    log(f"{label:<28} {r['wall_s']:8.2f} s wall {r['cpu_s']:8.2f} s CPU {r['mb_per_s']:8.1f} MB/s "
        f"peak RSS {r['peak_rss_mb']:7.1f} MB")
    return r


def answers_in(report_dir):
    run = json.load(open(os.path.join(report_dir, "run.json"), encoding="utf-8"))
    texts = sum(g["answers"] for g in run["groups"] if g["question_id"] != "(all)")
    return texts, run["totals"]["analysed"]


def identical(a, b):
    return all(filecmp.cmp(os.path.join(a, f), os.path.join(b, f), shallow=False) for f in REPORTS)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", default="full", help="`full` (the real 569,022 contributions) or contributions per theme")
    ap.add_argument("--format", choices=["csv", "json"], default="csv")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each command; the fastest counts")
    ap.add_argument("--no-peer", action="store_true", help="skip the Python peer (it is slow)")
    ap.add_argument("--no-x4", action="store_true", help="skip the run on 4 times the input")
    ap.add_argument("--distinct", action="store_true",
                    help="also run on a copy of the input in which every free-text answer is distinct "
                    "(benches/distinct.py): memory against distinct texts, which the generated input repeats")
    ap.add_argument("--python", default=os.path.join(ROOT, "target", "bench-venv", "bin", "python"),
                    help="the Python that has the peer's requirements")
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "synthese"))
    ap.add_argument("--baseline", help="another synthese binary (say, of an older commit) to run on "
                    "1 and 2 threads in the same run, for before/after ratios")
    ap.add_argument("--data", default=os.path.join(ROOT, "target", "bench-data"))
    ap.add_argument("--tool", default=SHARED_TOOL)
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "bench", "e2e.json"))
    a = ap.parse_args()

    files = generate(a.scale, a.format, a.data, a.tool)
    nbytes = sum(os.path.getsize(f) for f in files)
    log(f"input: {len(files)} files, {nbytes / 1e6:.1f} MB; warming the page cache")
    warm(files)
    work = tempfile.mkdtemp(prefix="synthese-e2e-")
    rel = [os.path.relpath(f, ROOT) for f in files]
    try:
        runs = {}
        wc = subprocess.run(["wc", "-w", *files], capture_output=True, text=True, check=True)
        words = int(wc.stdout.strip().splitlines()[-1].split()[0])
        runs["wc_w"] = measure(["wc", "-w", *files], "wc -w", a.repeat, nbytes)
        # A control for scaling: two `wc -w` at once against one. On idle cores it is about 2;
        # on a machine other jobs keep busy it says how much of a second core there was.
        one = measure(["wc", "-w", *files], "control: 1 wc -w", a.repeat, nbytes)
        two = measure(["sh", "-c", 'wc -w "$@" > /dev/null & wc -w "$@" > /dev/null; wait', "sh", *files],
                      "control: 2 wc -w at once", a.repeat, 2 * nbytes)
        runs["control_parallelism"] = {"one_wc_w_wall_s": one["wall_s"], "two_wc_w_at_once_wall_s": two["wall_s"],
                                       "parallelism": round(2 * one["wall_s"] / two["wall_s"], 3)}
        out = {}
        for threads in (2, 1):
            out[threads] = os.path.join(work, f"threads{threads}")
            cmd = [a.binary, "run", "-q", "--threads", str(threads), "--out", out[threads], *rel]
            runs[f"synthese_{threads}_thread{'s' if threads > 1 else ''}"] = measure(
                cmd, f"synthese --threads {threads}", a.repeat, nbytes)
        if a.baseline:
            for threads in (2, 1):
                base = os.path.join(work, f"baseline{threads}")
                cmd = [a.baseline, "run", "-q", "--threads", str(threads), "--out", base, *rel]
                runs[f"baseline_{threads}_thread{'s' if threads > 1 else ''}"] = measure(
                    cmd, f"baseline --threads {threads}", a.repeat, nbytes)
        answers, contributions = answers_in(out[2])
        for key in list(runs):
            if key.startswith(("synthese", "baseline")):
                runs[key]["answers_per_s"] = round(answers / runs[key]["wall_s"])
        same = identical(out[1], out[2])
        log(f"reports of 1 and 2 threads byte-identical: {same}")
        if not a.no_peer and a.format == "csv":
            peer = [a.python, os.path.join(ROOT, "benches", "peer", "peer.py"), "--workers", "2",
                    "--lexicons", "lexicons", "--questions", "src/ingest/questions.csv",
                    "--out", os.path.join(work, "peer.json"), *rel]
            runs["python_peer_2_workers"] = measure(peer, "python peer (2 workers)", 1, nbytes, answers)
        if not a.no_x4:
            x4 = os.path.join(work, "x4")
            cmd = [a.binary, "run", "-q", "--threads", "2", "--out", x4, *(rel * 4)]
            runs["synthese_2_threads_x4"] = measure(cmd, "synthese --threads 2, 4x input", 1, 4 * nbytes,
                                                    4 * answers)
        if a.distinct and a.format == "csv":
            distinct = distinct_files(files, a.scale, a.data)
            warm(distinct)
            out_d = os.path.join(work, "distinct")
            cmd = [a.binary, "run", "-q", "--threads", "2", "--out", out_d,
                   *[os.path.relpath(f, ROOT) for f in distinct]]
            dbytes = sum(os.path.getsize(f) for f in distinct)
            d = measure(cmd, "synthese --threads 2, distinct", 1, dbytes)
            # Its own answer count: filler words turn some non-answers ("-", "RAS") into answers.
            d["answers_per_s"] = round(answers_in(out_d)[0] / d["wall_s"])
            runs["synthese_2_threads_distinct"] = d
            for run, folder in ((d, out_d), (runs["synthese_2_threads"], out[2])):
                dups = json.load(open(os.path.join(folder, "run.json"), encoding="utf-8"))["duplicates"]
                run["distinct_texts"], run["duplicate_groups"] = dups["distinct_texts"], dups["groups"]
        s2, s1 = runs["synthese_2_threads"], runs["synthese_1_thread"]
        ratios = {
            "synthese_2_threads_vs_wc_w": round(s2["mb_per_s"] / runs["wc_w"]["mb_per_s"], 3),
            # The same per CPU-second (bytes per CPU-second): on a loaded machine the wall ratio
            # mostly measures the scheduler; on idle cores it is about this times the cores used.
            "synthese_2_threads_vs_wc_w_per_cpu_second": round(s2["mb_per_cpu_s"] / runs["wc_w"]["mb_per_cpu_s"], 3),
            "scaling_2_vs_1_thread": round(s2["mb_per_s"] / s1["mb_per_s"], 3),
            "control_parallelism_2_wc_w": runs["control_parallelism"]["parallelism"],
        }
        if a.baseline:
            for threads, key in ((2, "2_threads"), (1, "1_thread")):
                b, n = runs[f"baseline_{key}"], runs[f"synthese_{key}"]
                ratios[f"speedup_vs_baseline_{key}_wall"] = round(b["wall_s"] / n["wall_s"], 2)
                ratios[f"speedup_vs_baseline_{key}_cpu"] = round(b["cpu_s"] / n["cpu_s"], 2)
        targets = {
            "vs_wc_w": {"value": ratios["synthese_2_threads_vs_wc_w"], "target": TARGET_VS_WC},
            "scaling_2_vs_1": {"value": ratios["scaling_2_vs_1_thread"], "target": TARGET_SCALING},
            "peak_rss_mb_1x": {"value": s2["peak_rss_mb"], "target": TARGET_RSS_MB, "below": True},
            "reports_identical_1_vs_2_threads": {"value": same, "target": True},
        }
        if "python_peer_2_workers" in runs:
            ratios["synthese_2_threads_vs_python_peer"] = round(
                s2["mb_per_s"] / runs["python_peer_2_workers"]["mb_per_s"], 2)
            ratios["synthese_2_threads_vs_python_peer_per_cpu_second"] = round(
                s2["mb_per_cpu_s"] / runs["python_peer_2_workers"]["mb_per_cpu_s"], 2)
            targets["vs_python_peer"] = {"value": ratios["synthese_2_threads_vs_python_peer"],
                                         "target": TARGET_VS_PEER}
        if "synthese_2_threads_x4" in runs:
            targets["peak_rss_mb_4x"] = {"value": runs["synthese_2_threads_x4"]["peak_rss_mb"],
                                         "target": TARGET_RSS_MB, "below": True}
            ratios["peak_rss_4x_vs_1x"] = round(runs["synthese_2_threads_x4"]["peak_rss_mb"] / s2["peak_rss_mb"], 3)
        if "synthese_2_threads_distinct" in runs:
            d = runs["synthese_2_threads_distinct"]
            targets["peak_rss_mb_distinct"] = {"value": d["peak_rss_mb"], "target": TARGET_RSS_MB, "below": True}
            # No "memory per distinct text" ratio: the distinct copy also has far fewer duplicate
            # groups, so the difference between the two runs mixes both (it came out negative).
            ratios["peak_rss_distinct_vs_1x"] = round(d["peak_rss_mb"] / s2["peak_rss_mb"], 3)
        for t in targets.values():
            v, goal = t["value"], t["target"]
            t["met"] = (v == goal) if isinstance(goal, bool) else (v < goal if t.pop("below", False) else v >= goal)
        result = {
            "benchmark": "synthese end to end",
            "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "machine": {"cores": os.cpu_count(), "cpu": cpu_name(), "system": platform.platform(),
                        "load_average_at_end": os.getloadavg()},
            "commit": git_commit(),
            "input": {"generator": "make_official_export.py --theme all " +
                      ("--scale full" if a.scale == "full" else f"--contributions {a.scale}") + f" --format {a.format}",
                      "files": rel, "bytes": nbytes, "contributions": contributions,
                      "free_text_answers": answers, "words_wc": words},
            "runs": runs,
            "ratios": ratios,
            "targets": targets,
        }
        os.makedirs(os.path.dirname(a.out), exist_ok=True)
        with open(a.out, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=2)
            f.write("\n")
        for k, v in ratios.items():
            print(f"{k:40} {v}")
        for k, t in targets.items():
            print(f"target {k:33} {t['value']!s:>8} (target {'<' if k.startswith('peak') else '>='} {t['target']}): "
                  f"{'met' if t['met'] else 'NOT MET'}")
        print(f"written: {os.path.relpath(a.out, ROOT)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def cpu_name():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def git_commit():
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True).stdout.strip()
    except OSError:
        return ""


if __name__ == "__main__":
    main()
