#!/usr/bin/env python3
"""Rebuilds tests/data/gold/ from the shared corpus (run from the repository root).

- lga_q127_laicite.csv: a byte-identical copy of the source.
- lga_idees_marquantes_codebooks.csv: the header and, byte for byte, the records of the
  questions that have a codebook in codebooks/lga_tags.csv, in source order.
"""
import csv
import io
import shutil
import sys

SHARED = "/work/shared/corpus"
OUT = "tests/data/gold"


def records(raw: str):
    """Splits CSV text into its records' exact text (quoted fields may hold newlines)."""
    out, start, quoted = [], 0, False
    for i, c in enumerate(raw):
        if c == '"':
            quoted = not quoted
        elif c == "\n" and not quoted:
            out.append(raw[start : i + 1])
            start = i + 1
    if start < len(raw):
        out.append(raw[start:])
    return out


def main():
    shutil.copyfile(f"{SHARED}/gold/lga_q127_laicite.csv", f"{OUT}/lga_q127_laicite.csv")
    with open(f"{SHARED}/codebooks/lga_tags.csv", newline="", encoding="utf-8") as f:
        codebook = {row["question_id"] for row in csv.DictReader(f)}
    with open(f"{SHARED}/gold/lga_idees_marquantes.csv", newline="", encoding="utf-8") as f:
        raw = f.read()
    rows = records(raw)
    kept = [rows[0]]
    for r in rows[1:]:
        fields = next(csv.reader(io.StringIO(r)))
        if fields[1] in codebook:
            kept.append(r)
    with open(f"{OUT}/lga_idees_marquantes_codebooks.csv", "w", newline="", encoding="utf-8") as f:
        f.write("".join(kept))
    print(f"{len(kept) - 1} of {len(rows) - 1} rows kept", file=sys.stderr)


if __name__ == "__main__":
    main()
