#!/usr/bin/env python3
"""Rewrites official-layout CSV files so that every free-text answer is distinct: the memory
stress the generated inputs cannot give (they draw from 562,683 real answers, so past that size
texts repeat, while a real national export holds millions of distinct ones).

Each non-empty answer to an open question gets six filler words appended that spell the answer's
number in base 20 (`xa`…`xt`): no new vocabulary beyond those 20 words, no lexicon entry touched,
and no two answers identical. Closed questions are left as they are.

Usage: benches/distinct.py OUT_DIR FILE.csv...   (used by benches/e2e.py --distinct)
"""

import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
QUESTIONS = os.path.join(HERE, "..", "src", "ingest", "questions.csv")
FILLERS = ["x" + chr(ord("a") + i) for i in range(20)]


def open_question_ids():
    with open(QUESTIONS, encoding="utf-8", newline="") as f:
        return {row["official_id"] for row in csv.DictReader(f) if row["kind"] == "open"}


def suffix(n):
    words = []
    for _ in range(6):
        n, digit = divmod(n, 20)
        words.append(FILLERS[digit])
    return " " + " ".join(words)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out_dir, files = sys.argv[1], sys.argv[2:]
    os.makedirs(out_dir, exist_ok=True)
    open_ids = open_question_ids()
    csv.field_size_limit(1 << 30)
    counter = 0
    for path in files:
        target = os.path.join(out_dir, os.path.basename(path))
        with open(path, encoding="utf-8", newline="") as src, open(target, "w", encoding="utf-8", newline="") as dst:
            reader = csv.reader(src)
            writer = csv.writer(dst, quoting=csv.QUOTE_ALL, lineterminator="\n")
            header = next(reader)
            writer.writerow(header)
            open_columns = [i for i, name in enumerate(header) if name.split(" - ", 1)[0] in open_ids]
            for row in reader:
                for i in open_columns:
                    if i < len(row) and row[i].strip():
                        row[i] += suffix(counter)
                        counter += 1
                writer.writerow(row)
    print(f"distinct.py: {counter} answers made distinct in {len(files)} files", file=sys.stderr)


if __name__ == "__main__":
    main()
