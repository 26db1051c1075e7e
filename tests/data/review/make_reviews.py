"""Makes the filled review files the tests read, from La Grande Annotation's human labels of Q127
(tests/data/gold/lga_q127_laicite.csv, see tests/data/gold/make_gold.py): no human needed.

Run from the project folder, after `cargo build --release`:

    python3 tests/data/review/make_reviews.py

What it does, so that the files follow docs/review-format.md:
- the population is the 760 answers of the gold coded at --min-votes 2 (written to a temporary
  `id,question_id,text` file, the same the tests write: tests/review.rs, `corpus`);
- `synthese run` applies lexicons/codebooks/q127.lex to them; its assignments give each answer's
  top-level themes (the rules);
- the draw (seed 2019, Python's random, not synthese's hash): 100 answers of the question
  (`all:127`) and 5 more among the rule-positive answers of each theme (`theme:127:<theme>`),
  each row with its inclusion probability 1 − Π(1 − n_h/N_h);
- `q127_review_anne.csv` (UTF-8 with a byte-order mark): every row read by "anne", whose verdicts
  are the gold at --min-votes 2 (a theme is right when one of its @tag tags has 2+ votes; the gold
  tags of other themes go to missed_themes);
- `q127_review_paul.csv`: the same rows, the first 60 read by "paul" with the gold at --min-votes 1
  (a more lenient reader), the others left unread: two reviewers, for κ and disagreements;
- `q127_review_anne.ods`: the first 12 rows of anne's file as an ODS spreadsheet, its XML written by
  hand (odfpy is not needed), to test the ODS reader.
"""

import csv
import hashlib
import io
import math
import random
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent
GOLD = Path("tests/data/gold/lga_q127_laicite.csv")
LEXICON = "tests/data/review/q127.lex"  # a frozen copy of lexicons/codebooks/q127.lex: edits of the default lexicons leave these files valid
FAMILY = "Codebook Q127 (La Grande Annotation)"
SEED, PER_QUESTION, PER_THEME = 2019, 100, 5


def gold(min_votes):
    """Per answer: (text, set of tags with min_votes+ votes), in order of first row."""
    out = {}
    for r in csv.DictReader(GOLD.open(encoding="utf-8")):
        text, tags = out.setdefault(r["reference"], (r["text"], set()))
        if int(r["votes"]) >= min_votes and r["tag"] not in ("Idée marquée",):
            tags.add(r["tag"])
    return out


def tag_to_theme():
    """@tag → top-level theme name, from the lexicon (one theme per tag there)."""
    out, theme = {}, None
    for line in Path(LEXICON).read_text(encoding="utf-8").splitlines():
        if line and not line[0].isspace() and line.endswith(":") and not line.startswith(("#", "@")):
            theme = line[:-1]
        elif line.strip().startswith("@tag:") and theme:
            for tag in line.split(":", 1)[1].split("|"):
                out[tag.strip()] = theme
    return out


def lexicon_hash():
    data = Path(LEXICON).read_bytes()
    h = hashlib.sha256(LEXICON.encode() + b"\0" + hashlib.sha256(data).hexdigest().encode() + b"\0")
    return h.hexdigest()[:16]


def main():
    strict, lenient = gold(2), gold(1)
    residual = {"Z Autres", "Sans réponse / Hors sujet / Inclassable"}
    coded = {k: v for k, v in strict.items() if v[1]}
    tmp = Path(tempfile.mkdtemp())
    with (tmp / "q127.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "question_id", "text"])
        for k, (text, _) in coded.items():
            w.writerow([k, "127", text])
    subprocess.run(
        ["target/release/synthese", "run", str(tmp / "q127.csv"), "--lexicons", LEXICON, "--map",
         "id=id,text=text,question=question_id", "--out", str(tmp / "out"), "--quiet"],
        check=True,
    )
    names = {}
    for r in csv.DictReader((tmp / "out/themes.csv").open(encoding="utf-8-sig")):
        if r["theme_id"]:
            names[r["theme_id"]] = (r["theme"], r["parent_id"])

    def top(i):
        while names[i][1]:
            i = names[i][1]
        return names[i][0]

    rules = {}
    lines = {}
    for n, r in enumerate(csv.DictReader((tmp / "out/assignments.csv").open(encoding="utf-8-sig"))):
        rules[r["record_id"]] = sorted({top(i) for i in r["theme_ids"].split()})
        lines[r["record_id"]] = n + 2
    ids = list(coded)
    rng = random.Random(SEED)
    drawn = {i: ["all:127"] for i in rng.sample(ids, PER_QUESTION)}
    themes = sorted({t for ts in rules.values() for t in ts})
    size = {t: sum(t in rules[i] for i in ids) for t in themes}
    for t in themes:
        positives = [i for i in ids if t in rules[i]]
        for i in rng.sample(positives, min(PER_THEME, len(positives))):
            drawn.setdefault(i, []).append(f"theme:127:{FAMILY} / {t}")

    def probability(i):
        miss = 1 - PER_QUESTION / len(ids)
        for t in rules[i]:
            miss *= 1 - min(PER_THEME, size[t]) / size[t]
        return 1 - miss

    to_theme = tag_to_theme()
    k = max(len(rules[i]) for i in drawn)
    header = ["sample_id", "seed", "lexicon_hash", "question", "strata", "inclusion_probability", "input", "line",
              "record_id", "text", "rule_themes"]
    for j in range(1, k + 1):
        header += [f"theme_{j}", f"verdict_{j}"]
    header += ["missed_themes", "reviewer", "reviewed_on", "comment"]
    order = sorted(drawn, key=lambda i: ids.index(i))

    def rows(labels, reviewer, read):
        out = []
        for n, i in enumerate(order):
            human = {to_theme[t] for t in labels[i][1] if t in to_theme and t not in residual}
            row = [f"R{n + 1:05d}", str(SEED), lexicon_hash(), "127", " | ".join(drawn[i]),
                   f"{probability(i):.6f}", "q127.csv", str(lines[i]), i, coded[i][0],
                   " | ".join(f"{FAMILY} / {t}" for t in rules[i])]
            for j in range(k):
                if j < len(rules[i]):
                    t = rules[i][j]
                    row += [f"{FAMILY} / {t}", ("right" if t in human else "wrong") if read(n) else ""]
                else:
                    row += ["", ""]
            missed = sorted(human - set(rules[i]))
            row += [" | ".join(f"{FAMILY} / {t}" for t in missed) if read(n) else "",
                    reviewer if read(n) else "", "2019-04-01" if read(n) else "", ""]
            out.append(row)
        return out

    anne = rows(strict, "anne", lambda n: True)
    paul = rows(lenient, "paul", lambda n: n < 60)
    for name, data in [("q127_review_anne.csv", anne), ("q127_review_paul.csv", paul)]:
        with (HERE / name).open("w", newline="", encoding="utf-8-sig") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(data)
    write_ods(HERE / "q127_review_anne.ods", [header] + anne[:12])


def write_ods(path, table):
    cells = lambda row: "".join(
        f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>' for c in row)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="review">'
        + "".join(f"<table:table-row>{cells(r)}</table:table-row>" for r in table)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        # The mimetype comes first and uncompressed: that is how readers recognise an ODS.
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    main()
