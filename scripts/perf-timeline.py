#!/usr/bin/env python3
"""Per-thread CPU timeline of a run, from `perf script`: where one core works while the other waits.

    perf record -F 1000 -o /tmp/perf.data .build/release/khabar report CORPUS --out DIR -q
    perf script -i /tmp/perf.data -F tid,time,ip,sym > /tmp/samples.txt
    scripts/perf-timeline.py /tmp/samples.txt [BUCKET_SECONDS [FROM_SECONDS]] | swift demangle --simplified

Prints one line per bucket (default 0.02 s): the samples of each thread (a column per thread id,
in order of first appearance; at 1 kHz a fully busy thread has 20 in a 20 ms bucket) and the
three most sampled symbols. The thirteenth session used it to find the serial phases at the end
of `report` (docs/performance-history.md, "The end of a run").
"""
import collections
import sys

rows = []
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) < 3:
        continue
    try:
        tid, t = int(parts[0]), float(parts[1].rstrip(':'))
    except ValueError:
        continue
    rows.append((tid, t, ' '.join(parts[3:])))
if not rows:
    sys.exit("perf-timeline: no samples (perf script -F tid,time,ip,sym)")
bucket = float(sys.argv[2]) if len(sys.argv) > 2 else 0.02
start_at = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
t0 = min(r[1] for r in rows)
tids = list(dict.fromkeys(r[0] for r in rows))
counts = collections.defaultdict(collections.Counter)
symbols = collections.defaultdict(collections.Counter)
for tid, t, sym in rows:
    k = int((t - t0) / bucket)
    counts[k][tid] += 1
    symbols[k][sym[:40]] += 1
print(f"span {max(r[1] for r in rows) - t0:.3f} s, threads {len(tids)}")
for k in sorted(counts):
    if k * bucket < start_at:
        continue
    cells = ' '.join(f"{counts[k][t]:3d}" for t in tids)
    top = ', '.join(f"{s}:{n}" for s, n in symbols[k].most_common(3))
    print(f"{k * bucket * 1000:6.0f}ms {cells} | {top}")
