#!/usr/bin/env python3
"""The reference pipeline a researcher would write in Python, as the peer of `synthese run` in the
end-to-end benchmark (benches/e2e.py). It does the same job on the same granddebat.fr CSV exports:

  csv reading -> regex tokenizer with elision handling -> NFC, apostrophes, lowercase, accent
  folding, stop words -> PyStemmer (Snowball French) -> Aho-Corasick phrase lookup of the default
  lexicon entries over the stem sequence (pyahocorasick) -> longest match per position -> theme
  counts per question, parents rolled up.

It is written to be fast the way a competent Python programmer makes it fast: the C csv reader,
one compiled regex, a per-surface-form cache of the whole word analysis (so every distinct word is
normalised and stemmed once per worker), one Aho-Corasick automaton per lexicon file built once
per worker, and two worker processes (multiprocessing.Pool) fed with batches of answers by the
reading process.

Differences with synthese, kept on purpose because they do not change the amount of work:
the tokenizer is a regex, not UAX #29; prefix entries (`fisc*`) are looked up as prefixes of the
entry's stem, exact entries (`"vert"`) as stems; it writes counts (JSON), not the full reports.

  peer.py --lexicons lexicons --questions src/ingest/questions.csv --out counts.json FILE.csv...
  peer.py --answers-csv --out counts.json answers.csv    # a CSV id,question_id,text (benches/real.sh)

With --answers-csv, the answers have no debate (topic): every lexicon file applies, as in
`synthese run --map 'id=id,question=question_id,text=text'`.
"""
import argparse
import csv
import json
import multiprocessing as mp
import os
import re
import sys
import unicodedata
from collections import Counter

import ahocorasick
import Stemmer

ELIDED = ("quoiqu'", "puisqu'", "lorsqu'", "jusqu'", "qu'", "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "\u00b4": "'", "`": "'"})
# Words: letters and digits, glued by apostrophes (l'école, aujourd'hui) or decimal marks (1,5).
WORD = re.compile(r"[^\W_]+(?:['\u2019\u02bc`][^\W_]+|[.,][0-9]+)*")
STOP = set("""au aux avec ce ces dans de des du elle en et eux il je la le leur lui ma mais me même mes
moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une
vos votre vous c d j l à m n s t y été étée étées étés étant suis es est sommes êtes sont serai seras
sera serons serez seront serais serait serions seriez seraient étais était étions étiez étaient fus fut
fûmes fûtes furent sois soit soyons soyez soient fusse fusses fût fussions fussiez fussent ayant eu eue
eues eus ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez
auraient avais avait avions aviez avaient eut eûmes eûtes eurent aie aies ait ayons ayez aient eusse
eusses eût eussions eussiez eussent ceci cela celà cet cette ici ils les leurs quel quels quelle
quelles sans soi ni donc car or si où dont ça comme aussi très tout tous toute toutes ainsi alors
celle celui ceux celles""".split())


def fold(word):
    if word.isascii():
        return word
    word = word.replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


STOP |= {fold(w) for w in STOP}


class Analyser:
    """Surface word -> folded stem, or None for a stop word; cached by surface form."""

    def __init__(self):
        self.stemmer = Stemmer.Stemmer("french")
        self.cache = {}

    def __call__(self, surface):
        try:
            return self.cache[surface]
        except KeyError:
            pass
        w = unicodedata.normalize("NFC", surface).translate(APOSTROPHES).lower()
        if "'" in w:
            for p in ELIDED:
                if w.startswith(p):
                    w = w[len(p):]
                    break
            w = w.rstrip("'")
        w = fold(w)
        stem = None if (not w or w in STOP) else self.stemmer.stemWord(w)
        if len(self.cache) < 2_000_000:
            self.cache[surface] = stem
        return stem


# ---------------------------------------------------------------------------------------------
# Lexicons (.lex, see lexicons/README.md)

def strip_comment(line):
    if line.lstrip().startswith("#"):
        return ""
    m = re.search(r"\s{2,}#", line)
    return line[: m.start()] if m else line


def load_lexicons(folder, analyse):
    """[(name, topics, themes [(name, parent)], entries [(pattern, length, theme, prefix)])]"""
    files = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".lex"):
            continue
        topics, themes, entries, open_ = [], [], [], []
        lexname = name[:-4]
        for raw in open(os.path.join(folder, name), encoding="utf-8-sig"):
            line = strip_comment(raw.rstrip("\n")).rstrip()
            body = line.lstrip()
            if not body:
                continue
            indent = len(line) - len(body)
            if body.startswith("@") and ":" in body:
                key, value = body[1:].split(":", 1)
                if key.strip() == "topics":
                    topics = [fold(t.strip().lower()) for t in value.split("|")]
                elif key.strip() == "name":
                    lexname = value.strip()
                continue
            while open_ and open_[-1][0] >= indent:
                open_.pop()
            if body.endswith(":"):
                themes.append((body[:-1].strip(), open_[-1][1] if open_ else None))
                open_.append((indent, len(themes) - 1))
                continue
            stems, prefix = [], False
            words = WORD.findall(body.replace('"', " "))
            for i, word in enumerate(words):
                stem = analyse(word)
                if stem is None:
                    continue
                stems.append(stem)
            if not stems:
                continue
            prefix = body.endswith("*")
            pattern = " " + " ".join(stems) + ("" if prefix else " ")
            entries.append((pattern, len(stems), open_[-1][1], prefix))
        files.append((lexname, topics, themes, entries))
    return files


def automaton(entries):
    a = ahocorasick.Automaton()
    by_pattern = {}
    for i, (pattern, length, theme, prefix) in enumerate(entries):
        by_pattern.setdefault(pattern, []).append(i)
    for pattern, ids in by_pattern.items():
        a.add_word(pattern, (len(pattern), tuple(ids)))
    a.make_automaton()
    return a


# ---------------------------------------------------------------------------------------------
# Workers

STATE = {}


def init_worker(lexicons_dir):
    analyse = Analyser()
    files = load_lexicons(lexicons_dir, analyse)
    STATE["analyse"] = analyse
    STATE["files"] = [(topics, themes, entries, automaton(entries)) for _, topics, themes, entries in files]


def classify_batch(batch):
    """batch: [(topic, question, text)] -> (answers, words, Counter((file, question, theme)))."""
    analyse = STATE["analyse"]
    files = STATE["files"]
    counts = Counter()
    words = 0
    for topic, question, text in batch:
        tokens = WORD.findall(text)
        words += len(tokens)
        stems = [s for s in map(analyse, tokens) if s is not None]
        if not stems:
            continue
        haystack = " " + " ".join(stems) + " "
        for f, (topics, themes, entries, auto) in enumerate(files):
            if topics and topic is not None and topic not in topics:
                continue
            # Every match (patterns start with a space, and end with one unless they are
            # prefixes), then the longest one at each start, never overlapping.
            found = {}
            for end, (length, ids) in auto.iter(haystack):
                start = end - length + 1
                best = found.get(start)
                if best is None or best[0] < length:
                    found[start] = (length, ids)
            if not found:
                continue
            matched = set()
            free_from = 0
            for start in sorted(found):
                if start < free_from:
                    continue
                length, ids = found[start]
                free_from = start + length - 1
                for e in ids:
                    t = entries[e][2]
                    while t is not None:
                        matched.add(t)
                        t = themes[t][1]
            for t in matched:
                counts[(f, question, t)] += 1
    return len(batch), words, counts


# ---------------------------------------------------------------------------------------------
# Reading (the parent process)

def open_questions(path):
    """official id (base64 of Question:N) -> (question id, kind)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out[r["official_id"]] = (r["question_id"], r["kind"], r["debate"])
    return out


def batches(paths, questions, size):
    csv.field_size_limit(1 << 30)
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = next(reader)
            trashed = header.index("trashed")
            published = header.index("publishedAt")
            columns = []
            debate = None
            for i, h in enumerate(header):
                q = questions.get(h.split(" - ", 1)[0].strip())
                if q and q[1] != "closed":
                    columns.append((i, q[0], q[1] == "choice"))
                    debate = q[2]
            topic = fold(debate.lower()) if debate else ""
            batch = []
            for row in reader:
                if len(row) != len(header) or row[trashed] == "true" or not row[published]:
                    continue
                for i, qid, choice in columns:
                    text = row[i].strip()
                    if not text:
                        continue
                    if choice:  # labels|labels|free text: only the free text is analysed
                        text = text.rsplit("|", 1)[-1]
                    batch.append((topic, qid, text))
                if len(batch) >= size:
                    yield batch
                    batch = []
            if batch:
                yield batch


def answer_batches(paths, size):
    """Batches of a CSV with question_id and text columns (no topic)."""
    csv.field_size_limit(1 << 30)
    for path in paths:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            header = next(reader)
            q, t = header.index("question_id"), header.index("text")
            batch = []
            for row in reader:
                text = row[t].strip()
                if text:
                    batch.append((None, row[q], text))
                if len(batch) >= size:
                    yield batch
                    batch = []
            if batch:
                yield batch


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--lexicons", default="lexicons")
    ap.add_argument("--questions", default="src/ingest/questions.csv")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch", type=int, default=2000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--answers-csv", action="store_true", help="inputs are id,question_id,text CSVs")
    a = ap.parse_args()
    questions = open_questions(a.questions)
    init_worker(a.lexicons)  # the parent's copy names the themes in the output
    total = Counter()
    answers = words = 0
    with mp.Pool(a.workers, initializer=init_worker, initargs=(a.lexicons,)) as pool:
        source = answer_batches(a.inputs, a.batch) if a.answers_csv else batches(a.inputs, questions, a.batch)
        for n, w, counts in pool.imap_unordered(classify_batch, source):
            answers += n
            words += w
            total.update(counts)
    names = load_lexicons(a.lexicons, Analyser())
    out = {
        "answers": answers,
        "words": words,
        "counts": sorted(
            [names[f][0], q, names[f][2][t][0], n] for (f, q, t), n in total.items()
        ),
    }
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=0)
    print(f"peer: {answers} answers, {words} words", file=sys.stderr)


if __name__ == "__main__":
    main()
