#!/usr/bin/env python3
"""How far each peer's term counts are from text profile v1: the correctness side of the bench.

Reads Khabar's `terms.csv` (made with `--stopwords none --numbers --min-length 1`, so every token
is kept) and the `term,count` CSVs of the peers in ../shared/bench on the same corpus, and prints
for each:
  terms        distinct terms it writes;
  tokens       occurrences it counts;
  variants     occurrences counted under a spelling the profile folds into another term (hamza
               alef, alef maqsura, diacritics, tatweel, invisibles, Arabic-Indic digits, case):
               one word counted as several;
  not words    occurrences of terms that are no token under the profile, nor one of Khabar's
               terms: fragments of words a diacritic or an invisible character split, letters glued
               to digits or `_`;
  top-1000     of Khabar's 1,000 most frequent words (terms without digits), how many the peer counts within 1% once its
               variants are folded together (what is left: occurrences lost to fragments, and the
               metadata lines — date, source — that Khabar leaves out of the counts).
Khabar's own row is the reference (0 variants by construction), with reference_terms.py's
normalisation (an independent implementation of the profile) folding the peers' terms.

Usage: scripts/peer-terms.py KHABAR_TERMS.csv NAME=PEER.csv [NAME=PEER.csv ...]
"""
import collections
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_terms import tokens as profile_tokens  # noqa: E402

csv.field_size_limit(1 << 24)


def read_counts(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        if header[:2] != ["term", "count"]:
            sys.exit(f"peer-terms: {path}: expected a header `term,count,...`, got {header}")
        return {r[0]: int(r[1]) for r in rows if len(r) >= 2}


def main():
    if len(sys.argv) < 3 or any("=" not in a for a in sys.argv[2:]):
        sys.exit(__doc__.strip().splitlines()[-1])
    khabar = read_counts(sys.argv[1])
    # The peers drop numbers (Khabar counts them with --numbers): the comparison is on words.
    words = [t for t in khabar if not any(c.isdigit() for c in t)]
    top = sorted(words, key=lambda t: (-khabar[t], t))[:1000]
    print(f"{'tool':<14} {'terms':>9} {'tokens':>12} {'variants':>16} {'not words':>16} {'top-1000':>9}")
    total = sum(khabar.values())
    print(f"{'khabar':<14} {len(khabar):>9,} {total:>12,} {0:>9,} {0:>5.1%} {0:>9,} {0:>5.1%} {1000:>9}")
    for arg in sys.argv[2:]:
        name, path = arg.split("=", 1)
        peer = read_counts(path)
        folded = collections.Counter()
        variants = not_words = 0
        examples = collections.defaultdict(list)
        for term, count in peer.items():
            toks = profile_tokens(term)
            for t in toks:
                folded[t] += count
            if toks == [term]:
                if term not in khabar:
                    not_words += count
                    examples["not words"].append((count, term))
            elif len(toks) == 1 and toks[0] in khabar:
                variants += count
                examples["variants"].append((count, f"{term}→{toks[0]}"))
            else:
                not_words += count
                examples["not words"].append((count, term))
        tokens = sum(peer.values())
        close = sum(1 for t in top if abs(folded.get(t, 0) - khabar[t]) <= 0.01 * khabar[t])
        print(f"{name:<14} {len(peer):>9,} {tokens:>12,} {variants:>9,} {variants / tokens:>5.1%} "
              f"{not_words:>9,} {not_words / tokens:>5.1%} {close:>9}")
        for kind in ("variants", "not words"):
            worst = sorted(examples[kind], reverse=True)[:6]
            if worst:
                print(f"{'':<14} {kind}: " + ", ".join(f"{t} ({c:,})" for c, t in worst))


if __name__ == "__main__":
    main()
