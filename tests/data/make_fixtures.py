#!/usr/bin/env python3
"""Rebuild the fixtures in tests/data/ from the read-only corpus in /work/shared/corpus and the
generated sample in corpus/official-layout/ (run from the repository root, after corpus/ exists):

    python3 tests/data/make_fixtures.py

Deterministic: same inputs give byte-identical outputs. See tests/data/README.md for provenance.
"""
import csv, io, json, os, random, re, shutil

SHARED = "/work/shared/corpus"
OUT = "tests/data"
DEMO_CSV = "corpus/official-layout/DEMOCRATIE_ET_CITOYENNETE.csv"
DEMO_JSON = "corpus/official-layout/DEMOCRATIE_ET_CITOYENNETE.json"
csv.field_size_limit(10**9)


def split_records(b):
    """Split raw bytes into raw records (terminator included), quote-aware ("), for LF, CRLF or CR ends."""
    out, start, inq, i, n = [], 0, False, 0, len(b)
    while i < n:
        c = b[i]
        if c == 0x22:
            inq = not inq
        elif not inq and c in (0x0D, 0x0A):
            end = i + 2 if c == 0x0D and i + 1 < n and b[i + 1] == 0x0A else i + 1
            out.append(b[start:end])
            start = i = end
            continue
        i += 1
    if start < n:
        out.append(b[start:])
    return out


def split_cells(rec):
    """Split one raw official-layout record (bytes, no terminator) into raw cells, quotes kept."""
    cells, start, inq = [], 0, False
    for i, c in enumerate(rec):
        if c == 0x22:
            inq = not inq
        elif c == 0x2C and not inq:
            cells.append(rec[start:i])
            start = i + 1
    cells.append(rec[start:])
    return cells


def q(s):
    return b'"' + s.encode("utf-8").replace(b'"', b'""') + b'"'


def answers_sample():
    plan = [(127, 40), (161, 40), (162, 40), (141, 40), (194, 30), (136, 20), (144, 20), (149, 20),
            (150, 20), (107, 15), (172, 15)]  # Q116 has no answers file in the shared corpus
    rng = random.Random(7)
    rows = []
    emoji = re.compile("[\U0001F000-\U0001FFFF\u2600-\u27BF]")
    for qid, k in plan:
        src = list(csv.reader(open(f"{SHARED}/answers/Q{qid}.csv", encoding="utf-8", newline="")))[1:]
        if qid != 161:
            picks = rng.sample(range(len(src)), k)
        else:  # newlines, emoji and very long answers are rare: draw some of Q161's 40 from those strata
            picks = set()
            for pred, n in [(lambda t: "\n" in t, 3), (lambda t: bool(emoji.search(t)), 5), (lambda t: len(t) > 5000, 1)]:
                picks |= set(rng.sample([i for i, r in enumerate(src) if pred(r[1]) and i not in picks], n))
            picks |= set(rng.sample([i for i in range(len(src)) if i not in picks], k - len(picks)))
        for i in sorted(picks):
            rows.append(src[i])
    with open(f"{OUT}/answers_sample.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")  # same dialect as the source files (minimal quoting, LF)
        w.writerow(["question_id", "text"])
        w.writerows(rows)
    return rows


def official_header_forms():
    recs = [r.rstrip(b"\r\n") for r in split_records(open(DEMO_CSV, "rb").read())]
    header = [c[1:-1].decode("utf-8") for c in split_cells(recs[0])]
    rows = [split_cells(r) for r in recs[1:16]]  # 15 real rows: references 1-1 .. 1-15
    assert all(len(r) == len(header) for r in rows)
    meta, qcols = list(range(11)), list(range(11, len(header)))
    rng = random.Random(7)
    rng.shuffle(qcols)
    # id first, then metadata and question columns interleaved in a shuffled order
    rest = meta[1:] + qcols
    rng.shuffle(rest)
    order = [0] + rest
    titles = {}
    for h in header[11:]:
        t = h.split(" - ", 1)[1]
        titles[t] = titles.get(t, 0) + 1
    forms, new_header, k = {}, [], 0
    for ci in order:
        h = header[ci]
        if ci < 11:
            new_header.append(q(h)); continue
        official, t = h.split(" - ", 1)
        qid = int(__import__("base64").b64decode(official[1:]).decode().split(":")[1])
        form = ["official", "short", "bare"][k % 3]
        if form == "bare" and titles[t] > 1:  # never make an ambiguous bare title ("Si oui, comment ?")
            form = "short"
        k += 1
        forms[qid] = form
        new_header.append(q({"official": h, "short": f"Q{qid} - {t}", "bare": t}[form]))
    # metadata edits (answers untouched): row 4 (ref 1-4) trashed, row 7 (ref 1-7) unpublished
    i_tr, i_pub, i_ts = header.index("trashed"), header.index("publishedAt"), header.index("trashedStatus")
    rows[3][i_tr], rows[3][i_ts] = b"true", b'"INVISIBLE"'
    rows[6][i_pub] = b""
    with open(f"{OUT}/official_header_forms.csv", "wb") as f:
        f.write(b",".join(new_header) + b"\n")
        for r in rows:
            f.write(b",".join(r[ci] for ci in order) + b"\n")
    return header, order, forms


def raw_head(src, n_records, dst, delimiter):
    b = open(src, "rb").read()
    recs = split_records(b[3:] if b.startswith(b"\xef\xbb\xbf") else b)
    out = (b"\xef\xbb\xbf" if b.startswith(b"\xef\xbb\xbf") else b"") + b"".join(recs[:n_records])
    open(dst, "wb").write(out)
    # check: the cut parses with the csv module into exactly the first n records of the source
    text = out.decode("utf-8-sig")
    full = list(csv.reader(io.StringIO(b.decode("utf-8-sig"), newline=""), delimiter=delimiter))
    part = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    assert part == full[:n_records], (dst, len(part))
    return len(part), out


def broken(header_line, rows):
    d = f"{OUT}/broken"
    os.makedirs(d, exist_ok=True)
    hl = header_line + b"\n"
    # truncated_mid_quote.csv: header + 4 rows + row 5 cut inside a quoted answer cell (no closing quote)
    cells = split_cells(rows[4])
    ci = next(i for i in range(11, len(cells)) if len(cells[i]) > 60)
    cut = b",".join(cells[:ci]) + b"," + cells[ci][: len(cells[ci]) // 2]
    cut = cut.decode("utf-8", "ignore").encode("utf-8")  # do not also split a UTF-8 sequence
    open(f"{d}/truncated_mid_quote.csv", "wb").write(hl + b"".join(r + b"\n" for r in rows[:4]) + cut)
    info = {"truncated_mid_quote": (6, ci)}
    # invalid_utf8_row.csv: header + 5 rows, data row 3 (line 4) gets \xff\xfe inside an answer cell
    r5 = [split_cells(r) for r in rows[:5]]
    ci = next(i for i in range(11, len(r5[2])) if len(r5[2][i]) > 20)
    c = r5[2][ci]
    pos = c.index(b" ")  # insert right before the first space: always a UTF-8 character boundary
    r5[2][ci] = c[:pos] + b"\xff\xfe" + c[pos:]
    open(f"{d}/invalid_utf8_row.csv", "wb").write(hl + b"".join(b",".join(r) + b"\n" for r in r5))
    info["invalid_utf8_row"] = (4, ci, pos)
    # ragged_rows.csv: header + 6 rows; data row 2 (line 3) lacks its last 3 cells, data row 5 (line 6) has 2 extra
    r6 = [split_cells(r) for r in rows[:6]]
    r6[1] = r6[1][:-3]
    r6[4] = r6[4] + [b'"extra cell 1"', b'""']
    open(f"{d}/ragged_rows.csv", "wb").write(hl + b"".join(b",".join(r) + b"\n" for r in r6))
    info["ragged_rows"] = ((3, len(r6[1])), (6, len(r6[4])))
    open(f"{d}/empty.csv", "wb").close()
    open(f"{d}/header_only.csv", "wb").write(hl)
    open(f"{d}/garbage.bin", "wb").write(random.Random(7).randbytes(4096))
    # truncated.json: official JSON, records 1-3 complete, record 4 (line 8) cut mid-string, no closing ]
    lines = open(DEMO_JSON, "rb").read().split(b"\n")
    assert lines[0] == b"[" and lines[2] == b"," and lines[4] == b","
    rec4 = lines[7]
    pos = rec4.index(b'"formattedValue": "', len(rec4) // 2) + len(b'"formattedValue": "') + 12
    cutj = rec4[:pos].decode("utf-8", "ignore").encode("utf-8")
    open(f"{d}/truncated.json", "wb").write(b"\n".join(lines[:7]) + b"\n" + cutj)
    info["truncated_json"] = (8, len(cutj))
    return info


def main():
    os.makedirs(OUT, exist_ok=True)
    ans = answers_sample()
    header, order, forms = official_header_forms()
    n_dec, _ = raw_head(f"{SHARED}/platforms/decidim-lille/commentaires_debats.csv", 41,
                        f"{OUT}/decidim_comments.csv", ";")
    n_ent, _ = raw_head(f"{SHARED}/platforms/entendre-la-france/answers.csv", 61, f"{OUT}/entendre_answers.csv", ",")
    n_tag, _ = raw_head(f"{SHARED}/platforms/entendre-la-france/tags_bom_cr_nbsp.csv", 41,
                        f"{OUT}/entendre_tags_bom_cr.csv", ";")
    src = json.load(open(f"{SHARED}/platforms/vrai-debat/topic_0_main_contributions.json", encoding="utf-8"))
    assert len(src) == 20  # the source array holds exactly 20 objects: copy it byte for byte
    shutil.copyfile(f"{SHARED}/platforms/vrai-debat/topic_0_main_contributions.json", f"{OUT}/vrai_debat_sample.json")
    shutil.copyfile(f"{SHARED}/platforms/vrai-debat/themes.jsonl", f"{OUT}/vrai_debat_themes.jsonl")
    recs = [r.rstrip(b"\r\n") for r in split_records(open(DEMO_CSV, "rb").read())]
    info = broken(recs[0], recs[1:])
    print("answers", len(ans), "decidim", n_dec, "entendre", n_ent, "tags", n_tag)
    print("order", [header[i][:24] for i in order])
    print("forms", forms)
    print("broken", info)


if __name__ == "__main__":
    main()
