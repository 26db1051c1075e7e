#!/usr/bin/env python3
"""Corrupt 1% of the rows of a granddebat.fr export on purpose and check that `synthese run`
rejects exactly those rows, with their line numbers, and reports the rest exactly as a clean run
on the same rows (issue: "survives real exports and hostile input", under load).

  benches/corruption.py --theme all --scale full        # the national scale (~1.2 GB, minutes)
  benches/corruption.py --theme fiscalite --contributions 20000

Needs ../shared/tools/make_official_export.py and a built target/release/synthese.
"""
import argparse, csv, io, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TOOLS = os.path.join(ROOT, "..", "shared", "tools")
FILES = {"democratie": "DEMOCRATIE_ET_CITOYENNETE", "transition": "LA_TRANSITION_ECOLOGIQUE",
         "fiscalite": "LA_FISCALITE_ET_LES_DEPENSES_PUBLIQUES", "organisation": "ORGANISATION_DE_LETAT_ET_DES_SERVICES_PUBLICS"}

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--theme", default="fiscalite", choices=list(FILES) + ["all"])
    ap.add_argument("--contributions", type=int, default=20000)
    ap.add_argument("--scale", choices=["full"])
    ap.add_argument("--work", default=os.path.join(ROOT, "target", "bench-data"))
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    size = "full" if a.scale else str(a.contributions)
    gen_dir = os.path.join(a.work, f"official-{a.theme}-{size}")
    themes = list(FILES) if a.theme == "all" else [a.theme]
    if not all(os.path.exists(os.path.join(gen_dir, FILES[t] + ".csv")) for t in themes):
        cmd = [sys.executable, os.path.join(TOOLS, "make_official_export.py"), "--theme", a.theme, "--format", "csv", "--out-dir", gen_dir]
        cmd += ["--scale", "full"] if a.scale else ["--contributions", str(a.contributions)]
        subprocess.run(cmd, check=True)
    binary = os.path.join(ROOT, "target", "release", "synthese")
    ok = True
    for t in themes:
        src = os.path.join(gen_dir, FILES[t] + ".csv")
        tmp = tempfile.mkdtemp(dir=a.work)
        bad_path, clean_path = os.path.join(tmp, "corrupted.csv"), os.path.join(tmp, "clean.csv")
        broken = []
        with open(src, "rb") as f, open(bad_path, "wb") as bad, open(clean_path, "wb") as clean:
            for n, line in enumerate(f, start=1):  # the exporter writes one record per line
                if n > 1 and n % 100 == 37:
                    broken.append(n)
                    kind = len(broken) % 3
                    if kind == 0:
                        line = line.replace(b'","', b'","\xff\xfe', 1)          # invalid UTF-8
                    else:
                        fields = next(csv.reader([line.decode("utf-8")]))
                        fields = fields[:-1] if kind == 1 else fields + ["extra"]  # a field missing, or one too many
                        out = io.StringIO()
                        csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(fields)
                        line = out.getvalue().encode("utf-8")
                    bad.write(line)
                else:
                    bad.write(line)
                    clean.write(line)
        runs = {}
        for name, path in [("corrupted", bad_path), ("clean", clean_path)]:
            out = os.path.join(tmp, name + "-out")
            subprocess.run([binary, "run", "-q", path, "--out", out], check=True, cwd=ROOT)
            runs[name] = out
        rejected = [int(r["line"]) for r in csv.DictReader(open(os.path.join(runs["corrupted"], "rejects.csv"), encoding="utf-8-sig")) if r["status"] == "rejected"]
        # Quotations say where an answer is (input file and line): the two inputs have different
        # names, and every line after a rejected row is one further down in the corrupted file.
        groups = [without_places(json.load(open(os.path.join(runs[k], "run.json"), encoding="utf-8"))["groups"])
                  for k in ("corrupted", "clean")]
        same_lines, same_rest = rejected == broken, groups[0] == groups[1]
        print(f"{t}: {len(broken)} rows corrupted, {len(rejected)} rejected, same lines: {same_lines}, rest identical to the clean run: {same_rest}")
        ok &= same_lines and same_rest
    sys.exit(0 if ok else 1)

def without_places(value):
    """The value with every "input" and "line" field left out, at any depth."""
    if isinstance(value, dict):
        return {k: without_places(v) for k, v in value.items() if k not in ("input", "line")}
    if isinstance(value, list):
        return [without_places(v) for v in value]
    return value


if __name__ == "__main__":
    main()
