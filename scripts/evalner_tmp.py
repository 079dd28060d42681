#!/usr/bin/env python3
"""Accuracy benchmark: Khabar's actor mentions against the NER gold corpora in ../shared/corpora/ner.

Each gold corpus is cut into pseudo-documents of 25 sentences (one sentence a line, tokens joined
by spaces), written as JSONL, run through `khabar actors --mentions`, and every mention is mapped
back to the gold tokens it covers. Scores are exact-span precision, recall and F1 per type
(CoNLL style: an entity counts when its first and last token and its type all match).

Tag mapping (gold → Khabar type):
  ANERCorp     B/I-PERS → person, B/I-LOC → place, B/I-ORG → organization, MISC → not scored.
               Nationality adjectives are tagged O in ANERCorp, so Khabar's `group` mentions
               are left out of its scores (neither right nor wrong).
  NewsFANE     person: Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson
               Lawyer Engineer Police; group: Group (scored apart); place: Nation Population-Center
               State-or-Province County-or-District GPE-Cluster Continent Water-Body
               Land-Region-Natural Celestial; organization: Government Non-Governmental Commercial
               Educational Media Sports Religious_ORG Entertainment Medical-Science; facilities,
               works, products and the rest: not scored (a Khabar mention there is a false positive).
The gold corpora are used only to measure: nothing in the gazetteer or the rules comes from them.

Usage: scripts/eval-ner.py [--khabar .build/release/khabar] [--corpus anercorp|newsfane|all]
"""
import argparse, collections, json, os, subprocess, sys, tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
NER = os.path.join(ROOT, "..", "shared", "corpora", "ner")
FANE = {
    "person": "Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer Engineer Police",
    "group": "Group",
    "place": "Nation Population-Center State-or-Province County-or-District GPE-Cluster Continent Water-Body Land-Region-Natural Celestial",
    "organization": "Government Non-Governmental Commercial Educational Media Sports Religious_ORG Entertainment Medical-Science",
}
FANE_TYPE = {t: k for k, v in FANE.items() for t in v.split()}
ANER_TYPE = {"PERS": "person", "LOC": "place", "ORG": "organization"}


def read_anercorp():
    sentences, tokens, tags = [], [], []
    with open(os.path.join(NER, "ANERCorp", "ANERCorp"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.rsplit(" ", 1)
            if len(parts) != 2 or not parts[0].strip():
                continue
            tok, tag = parts[0].strip(), parts[1].strip()
            tokens.append(tok)
            tags.append(tag)
            if tok == ".":
                sentences.append((tokens, tags)); tokens, tags = [], []
    if tokens:
        sentences.append((tokens, tags))
    return sentences, lambda t: ANER_TYPE.get(t)


def read_newsfane():
    sentences, tokens, tags = [], [], []
    path = os.path.join(NER, "NewsFANE_Gold_2014", "NewsFANE_Gold_2014_170K.txt")
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.rstrip("\r\n")
            parts = line.split("\t")
            tok = parts[0].replace("\u200e", "").strip() if parts else ""
            if not tok:
                if tokens:
                    sentences.append((tokens, tags)); tokens, tags = [], []
                continue
            tokens.append(tok)
            tags.append(parts[1].strip() if len(parts) > 1 else "O")
    if tokens:
        sentences.append((tokens, tags))
    return sentences, lambda t: FANE_TYPE.get(t)


def entities(tags, kind):
    """(start, end exclusive, type) spans from IOB tags (an I- after a different tag starts one)."""
    out, start, typ = [], None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, name = tag.partition("-")
        t = kind(name) if tag != "O" else None
        if tag == "O" or prefix == "B" or t != typ:
            if typ is not None:
                out.append((start, i, typ))
            start, typ = (i, t) if tag != "O" else (None, None)
            if t is None:
                start, typ = None, None
    return out


def evaluate(name, sentences, kind, khabar, extra=(), per_doc=25):
    with tempfile.TemporaryDirectory() as tmp:
        docs_path = os.path.join(tmp, f"{name}.jsonl")
        token_spans = []  # per doc: list of (sentence index, token index, start, end)
        gold = set()
        with open(docs_path, "w", encoding="utf-8") as out:
            for d in range(0, len(sentences), per_doc):
                doc = len(token_spans)
                spans, lines, pos = [], [], 1  # text = "" (title) + "\n" + body
                for s_index, (tokens, tags) in enumerate(sentences[d:d + per_doc]):
                    for t_index, tok in enumerate(tokens):
                        spans.append((s_index, t_index, pos, pos + len(tok)))
                        pos += len(tok) + 1
                    lines.append(" ".join(tokens))
                    for (a, b, t) in entities(tags, kind):
                        gold.add((doc, s_index, a, b, t))
                token_spans.append(spans)
                out.write(json.dumps({"title": "", "text": "\n".join(lines)}, ensure_ascii=False) + "\n")
        mentions_path = os.path.join(tmp, "mentions.jsonl")
        subprocess.run([khabar, "actors", docs_path, "--mentions", mentions_path, "-q", "-o", os.path.join(tmp, "actors.csv")] + list(extra), check=True)
        predicted = set()
        global via_of
        via_of = {}
        with open(mentions_path, encoding="utf-8") as f:
            for line in f:
                m = json.loads(line)
                if m["via"] == "tag":
                    continue
                doc = int(m["doc"].rsplit(":", 1)[1]) - 1
                covered = [(s, t) for (s, t, a, b) in token_spans[doc] if a < m["end"] and b > m["start"]]
                if not covered or len({s for s, _ in covered}) != 1:
                    continue
                predicted.add((doc, covered[0][0], covered[0][1], covered[-1][1] + 1, m["type"]))
                via_of[(doc, covered[0][0], covered[0][1], covered[-1][1] + 1, m["type"])] = m["via"]
    import collections as C
    words = {}
    for d in range(0, len(sentences), per_doc):
        for s_index, (tokens, tags) in enumerate(sentences[d:d + per_doc]):
            words[(d // per_doc, s_index)] = tokens
    miss = C.Counter(); fp = C.Counter()
    for e in gold - predicted:
        if e[4] == "person": miss[" ".join(words[(e[0], e[1])][e[2]:e[3]])] += 1
    for e in predicted - gold:
        if e[4] == "person": fp[" ".join(words[(e[0], e[1])][e[2]:e[3]])] += 1
    pred_by_sent = C.defaultdict(list)
    for e in predicted: pred_by_sent[(e[0], e[1])].append(e)
    cats = C.Counter(); partial = C.Counter()
    for e in gold - predicted:
        if e[4] != "person": continue
        ov = [p for p in pred_by_sent[(e[0], e[1])] if p[2] < e[3] and p[3] > e[2]]
        if not ov: cats["none"] += 1
        elif any(p[4] == "person" for p in ov): cats["person-span"] += 1; partial[" ".join(words[(e[0], e[1])][e[2]:e[3]]) + " || " + " | ".join(" ".join(words[(p[0], p[1])][p[2]:p[3]]) for p in ov)] += 1
        else: cats["other-type:" + ",".join(sorted({p[4] for p in ov}))] += 1
    print(name, dict(cats))
    byvia = C.Counter(); right = C.Counter()
    for e in predicted:
        if e[4] != "person": continue
        v = via_of.get(e, "?"); byvia[v] += 1
        if e in gold: right[v] += 1
    print("  person by via:", {v: (byvia[v], right[v], round(right[v]/byvia[v], 3)) for v in byvia})
    with open(f"/tmp/partial-{name}.txt", "w") as f:
        for k, v in partial.most_common(): f.write(f"{v}\t{k}\n")
    with open(f"/tmp/miss-{name}.txt", "w") as f:
        for k, v in miss.most_common(): f.write(f"{v}\t{k}\n")
    with open(f"/tmp/fp-{name}.txt", "w") as f:
        for k, v in fp.most_common(): f.write(f"{v}\t{k}\n")
    types = ["person", "place", "organization"] + (["group"] if name == "newsfane" else [])
    rows = []
    for t in types:
        g = {e for e in gold if e[4] == t}
        p = {e for e in predicted if e[4] == t}
        tp = len(g & p)
        prec = tp / len(p) if p else 0.0
        rec = tp / len(g) if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows.append((t, len(g), len(p), tp, prec, rec, f1))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--khabar", default=os.path.join(ROOT, ".build", "release", "khabar"))
    ap.add_argument("--corpus", default="all", choices=["anercorp", "newsfane", "all"])
    ap.add_argument("khabar_options", nargs="*", help="more options for khabar actors (after --), e.g. -- --min-discovery 1")
    args = ap.parse_args()
    if not os.path.isdir(NER):
        sys.exit(f"eval-ner: {NER} is missing (the shared corpora live beside the repository)")
    if not os.path.exists(args.khabar):
        subprocess.run(["swift", "build", "-c", "release", "--package-path", ROOT, "--product", "khabar"], check=True)
    corpora = {"anercorp": read_anercorp, "newsfane": read_newsfane}
    for name in (["anercorp", "newsfane"] if args.corpus == "all" else [args.corpus]):
        sentences, kind = corpora[name]()
        print(f"{name}: {len(sentences)} sentences")
        print(f"  {'type':<13} {'gold':>6} {'found':>6} {'right':>6} {'P':>6} {'R':>6} {'F1':>6}")
        for (t, g, p, tp, prec, rec, f1) in evaluate(name, sentences, kind, args.khabar, args.khabar_options):
            print(f"  {t:<13} {g:>6} {p:>6} {tp:>6} {prec:>6.3f} {rec:>6.3f} {f1:>6.3f}")


if __name__ == "__main__":
    main()
