#!/usr/bin/env python3
"""Independent reference implementation of Khabar's text profile v1 and page layout.

Written from the specification in README.md ("Text profile v1"), not from the Swift code, with
Python's unicodedata: it decodes, deletes invisibles, NFKC-maps presentation forms, NFC-normalises
the whole text, tokenizes by general category and applies the per-token folds. It prints
`term,count,docs` CSV like `khabar terms --stopwords none --numbers --min-length 1`, so the two
can be compared byte for byte (scripts/check-profile does that on the shared corpora).

Usage: reference_terms.py INPUT [INPUT...]   (.tar/.tar.gz archives, .txt, .jsonl files)
"""
import collections
import csv
import io
import json
import re
import sys
import tarfile
import unicodedata

INVISIBLE = set(range(0x200B, 0x2010)) | set(range(0x202A, 0x202F)) | set(range(0x2060, 0x2065)) \
    | set(range(0x2066, 0x206A)) | {0x061C, 0x00AD, 0xFEFF}
DELETE = set(range(0x0610, 0x061B)) | set(range(0x064B, 0x0660)) | {0x0670} | set(range(0x06D6, 0x06EE)) | {0x0640}
FOLD = {0x0622: 0x0627, 0x0623: 0x0627, 0x0625: 0x0627, 0x0671: 0x0627, 0x0672: 0x0627, 0x0673: 0x0627,
        0x0675: 0x0627, 0x0649: 0x064A, 0x06CC: 0x064A, 0x06A9: 0x0643}
FOLD.update({0x0660 + i: 0x30 + i for i in range(10)})
FOLD.update({0x06F0 + i: 0x30 + i for i in range(10)})


def normalize_text(text):
    out = []
    for ch in text:
        cp = ord(ch)
        if cp in INVISIBLE:
            continue
        if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
            out.append(unicodedata.normalize("NFKC", ch))
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def char_class(ch):
    cat = unicodedata.category(ch)
    if cat[0] in "LM":
        return "w"
    if cat == "Nd":
        return "d"
    return None


def tokens(text):
    text = normalize_text(text)
    run, kind = [], None
    result = []
    for ch in text + " ":
        k = char_class(ch)
        if k != kind:
            if run:
                result.append("".join(run))
            run = []
            kind = k
        if k:
            run.append(ch)
    out = []
    for tok in result:
        t = "".join(chr(FOLD.get(ord(c), ord(c))) for c in tok if ord(c) not in DELETE).lower()
        if t:
            out.append(t)
    return out


def strip_key(line):
    s = "".join(c for c in line if not (0x064B <= ord(c) <= 0x065F or ord(c) in (0x0640, 0x0670) or ord(c) in INVISIBLE))
    return s.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


META = re.compile(r"^(تاريخ النشر|نشر في|نشر بتاريخ|اخر تحديث|المصدر|كلمات دلالية)\s*:")
RELATED = re.compile(r"^اقرا ايضا\s*:?\s*$")


def page_texts(raw):
    """Title + body texts of a page and its related articles (metadata lines removed)."""
    text = raw.decode("utf-8", errors="replace")
    docs = [[]]
    seen_meta = False
    for line in text.split("\n"):
        line = line.strip(" \t\r\v\f\u00a0\u200b\u200c\u200d\u200e\u200f\ufeff")
        if not line:
            continue
        key = strip_key(line)
        if RELATED.match(key.replace("ى", "ي")):
            if seen_meta:
                docs.append([])
                seen_meta = False
            continue
        m = META.match(key)
        if m:
            if m.group(1) in ("المصدر", "كلمات دلالية"):
                seen_meta = True
            continue
        docs[-1].append(line)
    return ["\n".join(d) for d in docs if d]


def json_texts(raw):
    for line in raw.decode("utf-8", errors="replace").split("\n"):
        if not line.strip():
            continue
        obj = json.loads(line)
        title = obj.get("title") or obj.get("headline") or ""
        body = next((obj[k] for k in ("content", "text", "body", "article") if obj.get(k) is not None), "")
        yield title.strip() + "\n" + body


def documents(path):
    def handle(name, data):
        if name.endswith(".txt"):
            yield from page_texts(data)
        elif name.endswith(".jsonl"):
            yield from json_texts(data)
    if path.endswith((".tar", ".tar.gz", ".tgz")):
        with tarfile.open(path, "r|*") as tf:
            for member in tf:
                if member.isfile():
                    yield from handle(member.name, tf.extractfile(member).read())
    else:
        with open(path, "rb") as f:
            yield from handle(path, f.read())


def main():
    counts, docs = collections.Counter(), collections.Counter()
    for path in sys.argv[1:]:
        for text in documents(path):
            toks = tokens(text)
            counts.update(toks)
            docs.update(set(toks))
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(("term", "count", "docs"))
    for term, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        w.writerow((term, n, docs[term]))
    out.flush()


if __name__ == "__main__":
    main()
