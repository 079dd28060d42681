#!/usr/bin/env python3
"""Checks khabar's publication dates against the index of a shared corpus.

For every document in `khabar docs CORPUS` output, parses the index's `date_as_given` with
Python's standard library (email.utils for RFC 2822, datetime for ISO and DD/MM/YYYY), independently
of Khabar, and compares the calendar date as written. Prints coverage and disagreements.

Usage: khabar docs ../shared/corpora/news-bench.tar.gz -o docs.jsonl
       scripts/check-dates.py docs.jsonl ../shared/corpora/news-bench.index.tsv.gz
"""
import csv, datetime, email.utils, gzip, json, re, sys


def implied(raw):
    raw = raw.strip()
    if re.fullmatch(r"\d{2}/\d{2}/\d{4}", raw):
        return datetime.datetime.strptime(raw, "%d/%m/%Y").date().isoformat()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{6}", raw):
        return raw[:10]
    if re.match(r"\d{4}-\d{2}-\d{2}", raw):
        return datetime.datetime.fromisoformat(raw).date().isoformat()
    t = email.utils.parsedate_tz(raw)
    if t:
        return datetime.date(t[0], t[1], t[2]).isoformat()
    return None


def main(docs_path, index_path):
    opener = gzip.open if index_path.endswith(".gz") else open
    index = {}
    with opener(index_path, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            index[row["path"]] = implied(row["date_as_given"])
    total = dated = agree = 0
    bad = []
    with open(docs_path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["kind"] != "article":
                continue
            total += 1
            expected = index.get(d["entry"])
            if d["date"] is not None:
                dated += 1
            if d["date"] == expected:
                agree += 1
            else:
                bad.append((d["entry"], d["date_raw"], d["date"], expected))
    print(f"{total} documents, {dated} dated ({100 * dated / total:.3f}%), {agree} agree with the index ({100 * agree / total:.3f}%)")
    for b in bad[:20]:
        print("  disagree:", *b)
    sys.exit(0 if not bad else 1)


if __name__ == "__main__":
    main(*sys.argv[1:3])
