#!/usr/bin/env python3
"""Builds data/common-words.tsv (frequent Arabic words, with the number of articles that use each)
and embeds it in Sources/KhabarCore/Actors/CommonWords.generated.swift (a khabar binary copied
alone still has it; CommonWordsTests checks the two are in sync).

What it is for: the actor matcher discovers people that are not in the gazetteer from a title or
a given name followed by name words ("المدرب هاني عبادة", "نيكولاي دافيدنكو"). A name runs on
while the next word could be a name, and Arabic has no capitals to say where it stops: without a
lexicon "نيكولاي دافيدنكو المصنف" and "محمد فاضل الدور" were names, and their last words
(المصنف, الدور) then stood for the person wherever they came back. A word used by many articles
is a word of the language, not a person's name (the few names that frequent, الأسد, الحريري, are
in the gazetteer, whose words are never counted as common).

Source: the ANT corpus articles in ../shared/corpora/news-bench.tar.gz (every source but
SaudiNewsNet: 41,686 articles of alarabiya, bbc, cnn, france24, skynews and jawharafm), counted
by `khabar terms --stopwords none` (so the words are in text profile v1), Arabic letters only,
kept when at least MIN_DOCS articles use them. Only these counts are kept, no text. ANT corpus:
Chouigui, Ben Khiroun and Elayeb (AICCSA 2017, NLDB 2018, AJSE 2021), Apache-2.0 with a
citation request.

Run: python3 scripts/gen-common-words.py [path/to/khabar]   (a release build by default)
"""
import csv, os, subprocess, sys, tarfile, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "..", "shared", "corpora", "news-bench.tar.gz")
DATA = os.path.join(ROOT, "data", "common-words.tsv")
SWIFT = os.path.join(ROOT, "Sources", "KhabarCore", "Actors", "CommonWords.generated.swift")
MIN_DOCS = 100
# Words used by fewer articles (MIN_DOCS_LESS to MIN_DOCS - 1) are kept when each article that
# uses one uses it about once (under MAX_PER_DOC times on average): a word of the language
# (محلل 1.13, إداري 1.09, زميل 1.05, توافر 1.07), not the name of someone the news follows, which
# an article repeats (سانتوس 1.55, بلحاج 2.58, دغر 2.02, كيتا 2.08). The matcher ends a discovered
# name of two words or more at one of them ("اندرو هارينجتون محلل الصناعة"), and uses them for
# nothing else. Not a word in ال ending in ي: a family name (a nisba: العاصمي, الخنيسي) as often;
# nor one of three letters or fewer: a syllable of an East Asian name as often (تساي إنغ وين).
MIN_DOCS_LESS = 15
MAX_PER_DOC = 1.2


def used_once(word, count, docs):
    return (count / docs < MAX_PER_DOC and len(word) >= 4
            and not (word.startswith("ال") and word.endswith("ي")))
# A word fewer than MAX_DOCS_REPEATED articles use, each about twice or more (MIN_REPEATS on
# average), is the name the news follows as often as a word (نيمار 3.5, مورينيو 2.8, خاشقجي
# 6.3, غريزمان 2.4, روبن 2.1): not a word of the language for the matcher, whose names would end
# at it ("الهولندي روبن فان بيرسي"). Not one with ال, nor a feminine noun in ة (ضريبة, لوحة).
MAX_DOCS_REPEATED = 1000
MIN_REPEATS = 1.8


# The words of the language among them (nouns an article repeats: a film, a barrel, a tax in
# dirhams), read off the list this rule made from the ANT articles; kept as common words.
REPEATED_WORDS = set("""للاوقية بالمائة فيلم برميل للبرميل اختفاء جنيه سرطان مقعدا طن سد هاتف درهم مهرجان
احلام دينار يورو جنسيا موانئ مهاجرا ولي وابنته ماي شي لولا ابي""".split())


def repeated_name(word, count, docs):
    return (docs < MAX_DOCS_REPEATED and count / docs >= MIN_REPEATS
            and not word.startswith("ال") and not word.endswith("ة") and word not in REPEATED_WORDS)
ARABIC = set(chr(c) for c in range(0x0621, 0x064B))


def ant_tar(out_path):
    """The ANT articles of news-bench as a plain tar (SaudiNewsNet left out: its licence is
    non-commercial)."""
    with tarfile.open(BENCH, "r:gz") as src, tarfile.open(out_path, "w") as dst:
        for member in src:
            if "/saudinewsnet/" in member.name or not member.isfile():
                continue
            dst.addfile(member, src.extractfile(member))


def main():
    khabar = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "khabar")
    if not os.path.exists(BENCH):
        sys.exit(f"{BENCH} is missing (the shared corpora sit beside the repository)")
    with tempfile.TemporaryDirectory() as tmp:
        tar_path, terms_path = os.path.join(tmp, "ant.tar"), os.path.join(tmp, "terms.csv")
        ant_tar(tar_path)
        subprocess.run([khabar, "terms", tar_path, "--stopwords", "none", "--min-length", "2", "-q",
                        "-o", terms_path], check=True)
        with open(terms_path, encoding="utf-8") as f:
            rows = [(r["term"], int(r["count"]), int(r["docs"])) for r in csv.DictReader(f)]
    rows = [(w, d) for w, c, d in rows if set(w) <= ARABIC and (d >= MIN_DOCS or (d >= MIN_DOCS_LESS and used_once(w, c, d)))
            and not repeated_name(w, c, d)]
    rows.sort(key=lambda r: (-r[1], r[0]))
    header = (
        "# Frequent Arabic words (text profile v1) and the number of articles using each, of the 41,686\n"
        "# ANT corpus articles (alarabiya, bbc, cnn, france24, skynews, jawharafm) in the shared news-bench;\n"
        f"# words used by at least {MIN_DOCS} articles, and those used by {MIN_DOCS_LESS} to {MIN_DOCS - 1} about once an article\n"
        f"# (under {MAX_PER_DOC} times on average; four letters or more, none in ال ending in ي). ANT: Chouigui, Ben Khiroun, Elayeb (AICCSA 2017, NLDB 2018,\n"
        "# AJSE 2021), Apache-2.0, citation requested. Generated by scripts/gen-common-words.py: do not edit.\n"
        "word\tdocs\n")
    text = header + "".join(f"{w}\t{d}\n" for w, d in rows)
    with open(DATA, "w", encoding="utf-8") as f:
        f.write(text)
    with open(SWIFT, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/gen-common-words.py from data/common-words.tsv. Do not edit by hand.\n"
                "// Compiled in so that a khabar binary copied alone still has it; CommonWordsTests checks\n"
                "// it is in sync with the data file.\n\n"
                "enum CommonWords {\n    static let tsv = #\"\"\"\n" + text + "\n\"\"\"#\n}\n")
    print(f"{len(rows)} words -> {os.path.relpath(DATA, ROOT)}, {os.path.relpath(SWIFT, ROOT)}")


if __name__ == "__main__":
    main()
