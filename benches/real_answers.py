#!/usr/bin/env python3
"""Writes the real answers of ../shared/corpus/answers (562,683 answers to 52 questions, files
`Q<id>.csv` with columns `question_id,text`) as one CSV `id,question_id,text`, the input of
benches/real.sh and benches/ci.sh:

  real_answers.py OUT.csv                 # every answer (106 MB)
  real_answers.py --every 12 OUT.csv      # one answer in 12, from every question (about 9 MB)

Files are read in question order, answers in file order; `id` is `Q<question>-<row>` (the row
within its file, from 1), so ids are the same whatever subset is written. Texts are written as
they are (RFC 4180 quoting).
"""
import argparse
import csv
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "answers")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--answers", default=DEFAULT, help="the folder of Q<id>.csv files")
    ap.add_argument("--every", type=int, default=1, help="keep one answer in N")
    a = ap.parse_args()
    files = [f for f in os.listdir(a.answers) if re.fullmatch(r"Q\d+\.csv", f)]
    if not files:
        sys.exit(f"real_answers: no Q<id>.csv in {a.answers}")
    files.sort(key=lambda f: int(f[1:-4]))
    csv.field_size_limit(1 << 30)
    n = 0
    tmp = a.out + ".partial"
    with open(tmp, "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["id", "question_id", "text"])
        for f in files:
            with open(os.path.join(a.answers, f), encoding="utf-8", newline="") as inp:
                r = csv.reader(inp)
                header = next(r)
                q, t = header.index("question_id"), header.index("text")
                for row_number, row in enumerate(r, 1):
                    if row_number % a.every:
                        continue
                    w.writerow([f"Q{row[q]}-{row_number}", row[q], row[t]])
                    n += 1
    os.replace(tmp, a.out)
    print(f"real_answers: {n} answers to {len(files)} questions in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
