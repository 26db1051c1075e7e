#!/usr/bin/env python3
"""What a run writes, and how fast a browser opens it: the size of every output against the
input's, and the load time of each page of the HTML report in headless Chromium.

    benches/report_sizes.py OUT_DIR INPUT... [--json target/bench/report_sizes.json]

OUT_DIR is the report folder of a finished `synthese run` on INPUT (files or folders). Each page
is measured on a copy with a script added (the report holds none): the time from navigation
start to the end of the load event, as the browser's Navigation Timing gives it, at a 1400 px
window. Writes a JSON summary and prints a table; never fails on a slow page (it reports it).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PROBE = (
    "<script>window.addEventListener('load',function(){setTimeout(function(){"
    "var t=performance.getEntriesByType('navigation')[0];"
    "document.title='load '+Math.round(t.loadEventEnd)+' width '+document.documentElement.scrollWidth;"
    "},0);});</script></body>"
)


def size_of(path):
    if os.path.isdir(path):
        return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)
    return os.path.getsize(path)


def chromium():
    for c in ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"):
        if os.path.exists(c):
            return c
    return None


def load_ms(browser, page):
    """(load time in ms, page width in px) of one page, from a probed copy beside it."""
    copy = os.path.join(os.path.dirname(page), ".probe-" + os.path.basename(page))
    with open(page, encoding="utf-8") as f:
        html = f.read()
    with open(copy, "w", encoding="utf-8") as f:
        f.write(html.replace("</body>", PROBE))
    profile = tempfile.mkdtemp()
    try:
        out = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             f"--user-data-dir={profile}", "--window-size=1400,900", "--virtual-time-budget=10000",
             "--dump-dom", "file://" + os.path.abspath(copy)],
            capture_output=True, text=True, timeout=180)
        m = re.search(r"<title>load (\d+) width (\d+)</title>", out.stdout)
        return (int(m.group(1)), int(m.group(2))) if m else (None, None)
    finally:
        os.remove(copy)
        shutil.rmtree(profile, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--json", default="target/bench/report_sizes.json")
    ap.add_argument("--pages", type=int, default=0, help="measure only the N largest pages (0: all)")
    args = ap.parse_args()

    input_bytes = sum(size_of(p) for p in args.inputs)
    files = {}
    for d, _, fs in os.walk(args.out_dir):
        for f in fs:
            if f.startswith("."):
                continue
            path = os.path.join(d, f)
            files[os.path.relpath(path, args.out_dir)] = os.path.getsize(path)
    total = sum(files.values())
    pages = sorted((p for p in files if p.endswith(".html")), key=lambda p: -files[p])
    print(f"input: {input_bytes:,} bytes; outputs: {total:,} bytes ({total / input_bytes:.3f}x the input), "
          f"{len(files)} files of which {len(pages)} HTML pages")
    for name in sorted(files, key=lambda n: -files[n]):
        if not name.startswith("pages/"):
            print(f"  {files[name]:>14,}  {name}")
    page_bytes = sum(files[p] for p in pages if p.startswith("pages/"))
    print(f"  {page_bytes:>14,}  pages/ ({sum(1 for p in pages if p.startswith('pages/'))} pages; "
          f"largest {pages[0] if pages else '-'}, {files[pages[0]] if pages else 0:,} bytes)")

    timings = {}
    browser = chromium()
    if browser is None:
        print("chromium is not installed: no load times (apt-get install chromium)")
    else:
        measured = pages if args.pages == 0 else pages[: args.pages] + ["synthese.html"] * ("synthese.html" not in pages[: args.pages])
        for p in measured:
            ms, width = load_ms(browser, os.path.join(args.out_dir, p))
            timings[p] = {"bytes": files[p], "load_ms": ms, "width_px": width}
        loaded = [t["load_ms"] for t in timings.values() if t["load_ms"] is not None]
        if loaded:
            slowest = max(timings, key=lambda p: timings[p]["load_ms"] or 0)
            print(f"load times (1400 px window), {len(loaded)} pages: median {sorted(loaded)[len(loaded) // 2]} ms, "
                  f"slowest {timings[slowest]['load_ms']} ms ({slowest}, {files[slowest]:,} bytes); "
                  f"index {timings.get('synthese.html', {}).get('load_ms')} ms; "
                  f"pages over 1 s: {sum(1 for x in loaded if x > 1000)}; "
                  f"wider than the window: {sum(1 for t in timings.values() if (t['width_px'] or 0) > 1400)}")
    os.makedirs(os.path.dirname(args.json) or ".", exist_ok=True)
    with open(args.json, "w") as f:
        json.dump({"input_bytes": input_bytes, "output_bytes": total, "ratio": total / input_bytes,
                   "files": files, "page_load": timings}, f, indent=1, sort_keys=True)
    print(f"written: {args.json}")


if __name__ == "__main__":
    sys.exit(main())
