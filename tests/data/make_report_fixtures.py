#!/usr/bin/env python3
"""Build tests/data/campaigns_places.csv (see tests/data/README.md) from the read-only shared
corpus (run from the repository root):

    python3 tests/data/make_report_fixtures.py

Deterministic: same inputs give byte-identical output. Every text is a real granddebat.fr answer,
copied unchanged; every postal code is a real `authorZipCode` cell of the shared official-layout
exports (including their invalid ones), except five codes whose leading zero is removed on
purpose, as spreadsheet tools do to the real export.
"""
import csv, io, random, re, unicodedata

SHARED = "/work/shared/corpus"
OUT = "tests/data/campaigns_places.csv"
csv.field_size_limit(10**9)


def norm(t):
    t = unicodedata.normalize("NFD", t.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", t))


def answers(qid):
    return [r["text"] for r in csv.DictReader(open(f"{SHARED}/answers/Q{qid}.csv", encoding="utf-8", newline=""))]


# The real copy-paste campaigns: answers whose normalised text starts with the prefix, grouped by
# normalised text and ranked by frequency (ties by first appearance); from the variant of each
# rank, that many answers in file order.
CAMPAIGNS = [
    # 16 words, 129 copies in the source: an exact campaign.
    (164, "supprimer la csg pour tous les retraites supprimer la taxe d habitation pour tou", [(0, 12)]),
    # The 46-word versions of the same text: three variants that differ by a few words.
    (164, "supprimer la csg pour tous les retraites supprimer la taxe d habitation pour tou", [(1, 10), (2, 5), (3, 3)]),
    (165, "retraites indexer les retraites sur le cout de la vie supprimer la csg pour tous", [(0, 12)]),
    # 47 copies of one text and six single edited versions of it.
    (158, "adopter une position ferme en faveur de la protection de l environnement et du b", [(0, 8), (1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1)]),
    # 31 copies of a 33-word text, and two answers that start with it and add 20+ words of their own.
    (149, "je reduis ma consommation de viande et de produits d origine animale je consomme", [(0, 6), (1, 1), (2, 1)]),
]
BACKGROUND = [(164, 35), (165, 35), (149, 25), (158, 20), (161, 35)]

rng = random.Random(11)
rows = []
campaign_texts = set()
for qid, prefix, picks in CAMPAIGNS:
    family = [t for t in answers(qid) if norm(t).startswith(prefix)]
    counts = {}
    for t in family:
        counts[norm(t)] = counts.get(norm(t), 0) + 1
    ranked = sorted(counts, key=lambda k: -counts[k])  # stable: ties keep first appearance
    for rank, k in picks:
        found = [t for t in family if norm(t) == ranked[rank]][:k]
        assert len(found) == k, (qid, rank, len(found))
        campaign_texts.add(ranked[rank])
        rows += [(qid, t) for t in found]
for qid, k in BACKGROUND:
    pool = [t for t in answers(qid) if norm(t) not in campaign_texts and len(norm(t).split()) >= 3]
    seen, picked = set(), []
    for t in rng.sample(pool, len(pool)):
        if norm(t) not in seen:
            seen.add(norm(t))
            picked.append(t)
        if len(picked) == k:
            break
    rows += [(qid, t) for t in picked]
rng.shuffle(rows)

# Postal codes: the shared exports' unusual codes first, then the others in file order.
zips = []
for name in ["DEMOCRATIE_ET_CITOYENNETE", "LA_FISCALITE_ET_LES_DEPENSES_PUBLIQUES"]:
    zips += [r["authorZipCode"] for r in csv.DictReader(open(f"{SHARED}/official-layout/{name}.csv", encoding="utf-8"))]
odd = [z for z in zips if len(z) != 5 or z in ("00000", "99999") or z[:2] in ("20", "97")]
plain = [z for z in zips if z not in odd]
lost_zero = [z for z in plain if z.startswith("0")][:5]
codes = odd + [z[1:] for z in lost_zero] + [z for z in plain if z not in lost_zero]
codes = codes[: len(rows)]
order = list(range(len(rows)))
rng.shuffle(order)

out = io.StringIO(newline="")
w = csv.writer(out, lineterminator="\n")
w.writerow(["id", "author", "date", "zip", "question", "text"])
start = 17918  # 2019-01-22 as days since 1970-01-01
for n, (qid, text) in enumerate(rows):
    author = f"A{(n if n % 7 else n // 7 * 3):03d}"  # every 7th record reuses an earlier author
    day = start + rng.randrange(56)
    y, m, d = 2019, 1, 1 + day - 17897
    months = [31, 28, 31, 30]
    while d > months[m - 1]:
        d -= months[m - 1]
        m += 1
    w.writerow([f"R{n + 1:04d}", author, f"{y}-{m:02d}-{d:02d} 12:00:00", codes[order[n]], qid, text])
open(OUT, "w", encoding="utf-8", newline="").write(out.getvalue())
print(OUT, len(rows), "rows")
