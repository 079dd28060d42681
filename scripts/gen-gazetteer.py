#!/usr/bin/env python3
"""Builds data/actors.tsv (the built-in gazetteer, one actor per line) from the tables in
scripts/gazetteer_countries.py and scripts/gazetteer_others.py, and embeds it in
Sources/KhabarCore/Actors/BuiltinGazetteer.generated.swift (so that a khabar binary copied alone
still has it). A test checks that the two stay in sync.

Columns: id, type (person|organization|place|group), name (canonical Arabic), name_en, country
(ISO 3166 alpha-2), wikidata, aliases (| separated), roles (; separated role@country@from@to).
Each country gives three actors: the country (place), its capital (place) and its people (group:
the nisba adjective in its masculine, feminine, definite and plural forms, e.g. روسي, الروسية,
الروس, and the English demonyms: Russian, Russians), named like the country so that "الإسرائيلي"
reads as إسرائيل (group).

Run: python3 scripts/gen-gazetteer.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from gazetteer_countries import COUNTRIES, DEMONYMS_EN, CAPITALS_EN
from gazetteer_others import OTHERS

WIKIDATA = {  # only identifiers the team is sure of
    "RU": "Q159", "IL": "Q801", "CN": "Q148", "UA": "Q212", "US": "Q30", "EG": "Q79", "SY": "Q858",
    "IR": "Q794", "TR": "Q43", "SA": "Q851", "TN": "Q948", "FR": "Q142", "DE": "Q183", "GB": "Q145",
    "JP": "Q17", "IN": "Q668", "IT": "Q38", "ES": "Q29", "IQ": "Q796", "LB": "Q822", "JO": "Q810",
    "MA": "Q1028", "DZ": "Q262", "LY": "Q1016", "YE": "Q805", "QA": "Q846", "AE": "Q878", "KW": "Q817",
    "BH": "Q398", "OM": "Q842", "SD": "Q1049", "PS": "Q219060",
    "vladimir-putin": "Q7747", "benjamin-netanyahu": "Q43723", "donald-trump": "Q22686",
    "barack-obama": "Q76", "joe-biden": "Q6279", "un": "Q1065", "eu": "Q458", "nato": "Q7184",
}
CAPITAL_WIKIDATA = {"RU": "Q649", "CN": "Q956"}
TYPES = {"person": "person", "org": "organization", "place": "place", "group": "group"}


def nisba_forms(base):
    words = base.split()
    def each(f):
        return " ".join(f(w) for w in words)
    forms = [each(lambda w: w), each(lambda w: w + "ة"), each(lambda w: "ال" + w), each(lambda w: "ال" + w + "ة"),
             each(lambda w: w + "ون"), each(lambda w: w + "ين"), each(lambda w: "ال" + w + "ون"), each(lambda w: "ال" + w + "ين")]
    return forms


def rows():
    out = []
    demonyms = {c: d.split(",") for c, d in (l.split("|") for l in DEMONYMS_EN.strip().split("\n"))}
    for line in COUNTRIES.strip().split("\n"):
        code, en, ar, alts, cap_en, cap_ar, nisba, plurals = line.split("|")
        aliases = [a for a in alts.split(",") if a]
        out.append((f"country:{code}", "place", ar, en, code, WIKIDATA.get(code, ""), aliases, ""))
        caps = [c for c in cap_ar.split(",") if c]
        if caps and caps[0] != ar:
            out.append((f"capital:{code}", "place", caps[0], cap_en or CAPITALS_EN.get(code) or f"capital of {en}", code,
                        CAPITAL_WIKIDATA.get(code, ""), caps[1:], ""))
        forms = []
        for base in [b for b in nisba.split(",") if b]:
            forms += nisba_forms(base)
        forms += [p for p in plurals.split(",") if p]
        if forms:
            seen = []
            for f in forms:
                if f not in seen:
                    seen.append(f)
            # The English demonyms ("Russian", "Russians") are aliases: found in English text.
            out.append((f"people:{code}", "group", ar, f"people of {en}", code, "", seen + demonyms.get(code, []), ""))
    for line in [l for l in OTHERS.strip().split("\n") if l.strip() and not l.startswith("#")]:  # (# a comment)
        kind, slug, ar, alts, en, country, roles = line.split("|")
        out.append((f"{kind}:{slug}", TYPES[kind], ar, en, country, WIKIDATA.get(slug, ""),
                    [a for a in alts.split(",") if a and a != ar], roles))
    return out


# America's adjective has two spellings in Arabic news, أمريكي and أميركي (news-bench: "وزارة
# الدفاع الأميركية" 153 times as a discovered organisation): every name or alias in one gets the
# other as an alias, unless listed already.
AMERICA_SPELLINGS = [("أمريك", "أميرك"), ("أميرك", "أمريك")]


def with_spelling_variants(name, aliases):
    out = list(aliases)
    for written in [name] + list(aliases):
        for a, b in AMERICA_SPELLINGS:
            if a in written:
                other = written.replace(a, b)
                if other != name and other not in out:
                    out.append(other)
    return out


def main():
    lines = ["id\ttype\tname\tname_en\tcountry\twikidata\taliases\troles"]
    ids = set()
    for r in rows():
        assert r[0] not in ids, r[0]
        ids.add(r[0])
        aliases = r[6] if r[1] == "group" else with_spelling_variants(r[2], r[6])
        lines.append("\t".join([r[0], r[1], r[2], r[3], r[4], r[5], "|".join(aliases), r[7]]))
    text = "\n".join(lines) + "\n"
    root = os.path.join(os.path.dirname(__file__), "..")
    with open(os.path.join(root, "data", "actors.tsv"), "w", encoding="utf-8") as f:
        f.write(text)
    swift = ("// Generated by scripts/gen-gazetteer.py from data/actors.tsv. Do not edit by hand.\n"
             "// Compiled in so that a khabar binary copied alone still has the built-in gazetteer;\n"
             "// GazetteerTests checks it is in sync with the data file.\n\n"
             "public enum BuiltinGazetteer {\n"
             "    /// Actors in the built-in gazetteer (for help texts; loading it costs more).\n"
             f"    public static let count = {len(lines) - 1}\n\n"
             "    static let tsv = #\"\"\"\n" + text + "\n\"\"\"#\n}\n")
    os.makedirs(os.path.join(root, "Sources", "KhabarCore", "Actors"), exist_ok=True)
    with open(os.path.join(root, "Sources", "KhabarCore", "Actors", "BuiltinGazetteer.generated.swift"), "w", encoding="utf-8") as f:
        f.write(swift)
    import collections
    print(len(lines) - 1, "actors", dict(collections.Counter(r[1] for r in rows())))


if __name__ == "__main__":
    main()
