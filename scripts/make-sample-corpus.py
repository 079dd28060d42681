#!/usr/bin/env python3
"""Builds notebooks-data/ant-sample.tar.gz: 300 ANT articles taken from ../shared/corpora/news-small.tar.gz.

50 articles from each of the six ANT sources (alarabiya, bbc, cnn, france24, skynews, jawharafm),
the first 50 of each in path order; SaudiNewsNet articles (CC BY-NC-SA) are left out on purpose.
The archive is reproducible: members sorted, mtime fixed, no gzip timestamp.
Also writes notebooks-data/ant-sample.index.tsv (provenance rows from news-small.index.tsv).
Run from the repository root: python3 scripts/make-sample-corpus.py
"""
import gzip
import io
import os
import tarfile

SHARED = os.path.join("..", "shared", "corpora")
SOURCES = ["alarabiya", "bbc", "cnn", "france24", "skynews", "jawharafm"]
PER_SOURCE = 50


def main():
    members = {}
    with tarfile.open(os.path.join(SHARED, "news-small.tar.gz"), "r:gz") as tf:
        for m in tf:
            if m.isfile():
                members[m.name] = tf.extractfile(m).read()
    chosen = []
    for source in SOURCES:
        names = sorted(n for n in members if n.split("/")[1] == source)
        chosen += names[:PER_SOURCE]
    chosen.sort()
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as out:
        for name in chosen:
            new = name.replace("news-small/", "ant-sample/", 1)
            info = tarfile.TarInfo(new)
            info.size = len(members[name])
            info.mtime = 1700000000
            info.mode = 0o644
            out.addfile(info, io.BytesIO(members[name]))
    with open("notebooks-data/ant-sample.tar.gz", "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
            gz.write(raw.getvalue())
    wanted = set(chosen)
    with open(os.path.join(SHARED, "news-small.index.tsv"), encoding="utf-8") as src, \
            open("notebooks-data/ant-sample.index.tsv", "w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            path = line.split("\t", 1)[0]
            if i == 0:
                dst.write(line)
            elif path in wanted:
                dst.write(line.replace("news-small/", "ant-sample/", 1))
    print(f"{len(chosen)} articles")


if __name__ == "__main__":
    main()
