#!/usr/bin/env bash
# Regenerates Tests/Fixtures from notebooks-data/ant-sample.tar.gz (needs bsdtar, python3).
# Six real ANT articles (one per source) packed in every container Khabar reads, plus bad input.
set -euo pipefail
cd "$(dirname "$0")/.."
F=Tests/Fixtures
rm -rf "$F/ant-6" "$F"/*.tar* "$F"/*.zip "$F"/*.7z "$F"/*.cpio "$F"/*.gz "$F"/*.json* 2>/dev/null || true
mkdir -p "$F/ant-6"
tmp=$(mktemp -d)
tar -xzf notebooks-data/ant-sample.tar.gz -C "$tmp"
for s in alarabiya bbc cnn france24 jawharafm skynews; do
  f=$(find "$tmp/ant-sample/$s" -name '*.txt' | sort | sed -n 1p)
  mkdir -p "$F/ant-6/$s"
  cp "$f" "$F/ant-6/$s/"
done
# An entry name in Arabic (zip needs the UTF-8 locale to read it back).
cp "$(find "$F/ant-6/bbc" -name "*.txt" | sort | sed -n 1p)" "$tmp/مقال.txt"
(cd "$F" && find ant-6 -type f | sort > "$tmp/list")
(cd "$F" && bsdtar -czf ant-6.tar.gz --options gzip:!timestamp -T "$tmp/list")
(cd "$F" && bsdtar -cJf ant-6.tar.xz -T "$tmp/list")
(cd "$F" && bsdtar -cjf ant-6.tar.bz2 -T "$tmp/list")
(cd "$F" && bsdtar --zstd -cf ant-6.tar.zst -T "$tmp/list")
(cd "$F" && bsdtar --lz4 -cf ant-6.tar.lz4 -T "$tmp/list")
(cd "$F" && bsdtar --format 7zip -cf ant-6.7z -T "$tmp/list")
(cd "$F" && bsdtar --format cpio -cf ant-6.cpio -T "$tmp/list")
(cd "$F" && cp "$tmp/مقال.txt" . && bsdtar --format zip --options zip:hdrcharset=UTF-8 -cf ant-6.zip -T "$tmp/list" "مقال.txt" && rm "مقال.txt")
# A lone compressed page.
gzip -9 -n -c "$(find "$F/ant-6/cnn" -name "*.txt" | sort | sed -n 1p)" > "$F/ant-cnn.txt.gz"
# Truncated: the first half of the gzip stream.
size=$(stat -c %s "$F/ant-6.tar.gz"); head -c $((size / 2)) "$F/ant-6.tar.gz" > "$F/truncated.tar.gz"
# Corrupt: a run of bytes overwritten in the middle of the deflate stream.
python3 - "$F" <<'PY'
import sys
d = sys.argv[1]
b = bytearray(open(f"{d}/ant-6.tar.gz", "rb").read())
mid = len(b) // 2
b[mid:mid + 64] = b"\xff" * 64
open(f"{d}/corrupt.tar.gz", "wb").write(bytes(b))
PY
# JSON: the six articles as JSON Lines (plus a bad line), and as a JSON array.
python3 - "$F" <<'PY'
import json, os, sys
d = sys.argv[1]
arts = []
for root, _, files in sorted(os.walk(f"{d}/ant-6")):
    for name in sorted(files):
        lines = open(os.path.join(root, name), encoding="utf-8").read().split("\n")
        title, date = lines[0], lines[1].split(":", 1)[1].strip()
        body = [l for l in lines[2:] if l and not l.startswith("المصدر:")]
        source = [l for l in lines if l.startswith("المصدر:")][0].split(":", 1)[1].strip()
        arts.append({"headline": title, "published": date, "source": source, "body": "\n".join(body), "url": f"ant://{name}"})
with open(f"{d}/ant-6.jsonl", "w", encoding="utf-8") as f:
    for i, a in enumerate(arts):
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
        if i == 2:
            f.write('{"headline": "broken line", "body": \n')
with open(f"{d}/ant-6.json", "w", encoding="utf-8") as f:
    json.dump(arts, f, ensure_ascii=False, indent=1)
PY
# Mixed: pages, an image, an empty page, a JSONL file with a bad line, and a nested zip.
mkdir -p "$tmp/mixed/pages" "$tmp/mixed/media" "$tmp/mixed/json"
cp "$F"/ant-6/bbc/*.txt "$F"/ant-6/cnn/*.txt "$tmp/mixed/pages/"
printf '\x89PNG\r\n\x1a\n' > "$tmp/mixed/media/logo.png"
: > "$tmp/mixed/pages/empty.txt"
cp "$F/ant-6.jsonl" "$tmp/mixed/json/articles.jsonl"
(cd "$F" && bsdtar --format zip -cf "$tmp/mixed/inner.zip" ant-6/skynews ant-6/france24)
(cd "$tmp" && find mixed | sort > list2 && bsdtar -czf mixed.tar.gz --options gzip:!timestamp -n -T list2)
cp "$tmp/mixed.tar.gz" "$F/mixed.tar.gz"
# The six in the legacy encodings `--encoding` reads (same entry names as ant-6.tar.gz): Windows-1256;
# UTF-16 with byte order marks (little-endian, then big-endian, alternating); ISO-8859-6 (five: the
# Jawhara FM article has an é, which ISO-8859-6 lacks).
python3 - "$F" "$tmp" <<'PY'
import os, sys
d, tmp = sys.argv[1], sys.argv[2]
for name in ("windows-1256", "utf-16", "iso-8859-6"):
    k = 0
    for root, _, files in sorted(os.walk(f"{d}/ant-6")):
        for f in sorted(files):
            text = open(os.path.join(root, f), encoding="utf-8").read()
            if name == "iso-8859-6" and f.startswith("JA-"):
                continue
            if name == "utf-16":
                data = b"\xff\xfe" + text.encode("utf-16-le") if k % 2 == 0 else b"\xfe\xff" + text.encode("utf-16-be")
            else:
                data = text.encode({"windows-1256": "cp1256", "iso-8859-6": "iso8859_6"}[name])
            k += 1
            out = os.path.join(tmp, name, os.path.relpath(os.path.join(root, f), d))
            os.makedirs(os.path.dirname(out), exist_ok=True)
            open(out, "wb").write(data)
PY
# The six as web pages (ant-6-html.tar.gz, ant-6/<source>/<name>.html): head metas (og:title, og:site_name,
# article:published_time, keywords, canonical link), a style and a script holding markup and Arabic, a nav
# menu, the article (h1 = the title, one <p> per body line, & < " as references, the first ا of each
# article as &#1575;), an aside, a footer and a comment: the article's text is the .txt page's.
python3 - "$F" "$tmp" <<'PY'
import html, os, sys
d, tmp = sys.argv[1], sys.argv[2]
for root, _, files in sorted(os.walk(f"{d}/ant-6")):
    for f in sorted(files):
        lines = open(os.path.join(root, f), encoding="utf-8").read().split("\n")
        title, date = lines[0], lines[1].split(":", 1)[1].strip()
        source = [l for l in lines if l.startswith("المصدر:")][0].split(":", 1)[1].strip()
        body = [l for l in lines[2:] if l.strip() and not l.startswith("المصدر:")]
        esc = lambda s: html.escape(s, quote=True)
        paragraphs = "\n".join(f"<p>{esc(l)}</p>" for l in body).replace("ا", "&#1575;", 1)
        page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>{esc(title)} | {esc(source)}</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(source)}">
<meta property="article:published_time" content="{esc(date)}">
<meta name="keywords" content="أخبار, {esc(source)}">
<link rel="canonical" href="https://example.org/{f[:-4]}">
<style>body {{ font-family: serif; }} /* <p>ليس نصا</p> */</style>
<script>var menu = "<p>قائمة البرنامج</p>"; if (a < b) {{ a = b; }}</script>
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<time datetime="{esc(date)}">{esc(date)}</time>
<article>
<h1>{esc(title)}</h1>
{paragraphs}
</article>
<aside><h3>اقرأ أيضا</h3><a href="/x">خبر آخر</a></aside>
<footer>جميع الحقوق محفوظة &copy; 2018</footer>
<!-- <p>تعليق</p> -->
</body></html>
"""
        out = os.path.join(tmp, "html", os.path.relpath(os.path.join(root, f[:-4] + ".html"), d))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        open(out, "w", encoding="utf-8").write(page)
PY
(cd "$tmp/html" && find ant-6 -type f | sort > ../list-html && bsdtar -czf "$OLDPWD/$F/ant-6-html.tar.gz" --options gzip:!timestamp -T ../list-html)
for e in windows-1256 utf-16 iso-8859-6; do
  (cd "$tmp/$e" && find ant-6 -type f | sort > ../list-$e && bsdtar -czf "$OLDPWD/$F/ant-6-$e.tar.gz" --options gzip:!timestamp -T ../list-$e)
done
rm -rf "$tmp"
ls -la "$F"
