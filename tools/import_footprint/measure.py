#!/usr/bin/env python3
"""Measures what CPython 3.11's first import of a library module does to the collector.

For each module the lab provides that `python3` has not loaded at start-up, a fresh python3 runs
a program that first allocates k sets (tracked, no free list, so the free lists stay as start-up
left them), then reads gc.get_count(), imports the module, and reads the count, the collections
and the objects collected during the import, then the garbage the import left (gc.collect()).
Nothing else is made before the import: reading gc.get_stats() there takes a list and three dicts
from the free lists, which changes the import's count by up to 4. Start-up's collections (22, 2
and 0, collecting 43, 92 and 0) and the gen0 collections of the loop (the gen1 count) are taken
off instead.
k runs over enough values that the count before the import takes every value from 0 to 700.

The result is the table the engine replays (runtime.ImportFootprints):
    module  count_before  count_after  collections  collected  garbage_left
one line per count before the import. Where no collection starts during the import the count
after is the count before plus a constant; those lines are written as one line
    module  *  delta  max_count_before
(every count_before up to max_count_before), the rest one by one.

Then the import right after a full collection (gc.collect() empties the free lists and the count):
    module  collected  count_after  collections  collected  garbage_left  young  older_after  lists  dicts  tuples
with what gc.collect(0) finds right after the import and gc.collect(1) after that (the import's
collection moved part of its garbage to generation 1), and the free lists the import leaves (sys._debugmallocstats: lists, dicts, and tuples of
lengths 1 to 19 separated by commas).

Last, one line per module with the modules its import adds to sys.modules (itself included):
    module  loads  name,name
dataclasses loads copy, so a later import of copy is not a first one; pprint loads what dataclasses
loads, so after dataclasses its first import is not the measured one.

Regenerate (about twenty minutes on two cores; module names as arguments measure only those):
    python3 tools/import_footprint/measure.py > src/main/resources/com/studyhall/simulation/runtime/import-footprints.tsv
"""
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

MODULES = ["array", "copy", "ctypes", "dataclasses", "datetime", "fractions", "heapq", "json",
           "pprint", "statistics", "string", "textwrap", "traceback"]

PROGRAM = """\
import gc, sys
keep = []
for i in range({k}):
    keep.append(set())
c0 = gc.get_count()
import {module}
c1 = gc.get_count()
s1 = gc.get_stats()
left = gc.collect()
print(c0[0], c1[0], sum(d['collections'] for d in s1) - START_COLLECTIONS - c0[1],
      sum(d['collected'] for d in s1) - START_COLLECTED, left)
""".replace("START_COLLECTIONS", "24").replace("START_COLLECTED", "135")


def run(module, k):
    out = subprocess.run([sys.executable, "-c", PROGRAM.format(k=k, module=module)],
                         capture_output=True, text=True, check=True).stdout.split()
    return tuple(int(x) for x in out)


def start_count(module):
    return run(module, 0)[0]


def measure(module, pool):
    start = start_count(module)
    # k sets raise the count by one each; past 700 a collection resets it to 0.
    def k_for(c):
        return c - start if c >= start else 700 - start + 1 + c

    def collects(c):
        return run(module, k_for(c))[2] > 0

    # The lowest count before the import at which a collection starts during it (monotone in c).
    lo, hi = 0, 700
    if collects(0):
        first = 0
    elif not collects(700):
        first = 701
    else:
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if collects(mid):
                hi = mid
            else:
                lo = mid
        first = hi
    rows = list(pool.map(lambda c: run(module, k_for(c)), range(first, 701)))
    # k = 0 is left out: with no set made the loop leaves one free-list object less behind.
    quiet = [run(module, k_for(c)) for c in sorted({0, first // 2, max(0, first - 1), start + 1} & set(range(first)))]
    # The delta can differ by one between samples (json: 247 with one set made, 246 with more);
    # the most common one is kept.
    deltas = [r[1] - r[0] for r in quiet] or [0]
    assert max(deltas) - min(deltas) <= 1 and all(r[2] == 0 and r[3] == 0 for r in quiet), (module, quiet)
    lefts = {r[4] for r in quiet}
    return first, max(set(deltas), key=deltas.count), lefts, rows


AFTER_COLLECT = """\
import gc, sys
s0 = gc.get_stats()
n0 = gc.collect()
import {module}
sys._debugmallocstats()
c1 = gc.get_count()
s1 = gc.get_stats()
left = gc.collect()
print(c1[0], sum(b['collections'] - a['collections'] for a, b in zip(s0, s1)) - 1,
      sum(b['collected'] - a['collected'] for a, b in zip(s0, s1)) - n0, left)
"""


GARBAGE_SPLIT = """\
import gc
gc.collect()
import {module}
print(gc.collect(0), gc.collect(1))
"""


def after_collect(module):
    done = subprocess.run([sys.executable, "-c", AFTER_COLLECT.format(module=module)],
                          capture_output=True, text=True, check=True)
    free = {}
    for line in done.stderr.splitlines():
        words = line.split()
        if len(words) > 2 and words[1] == "free":
            free[words[2]] = int(words[0])
    tuples = ",".join(str(free[f"{n}-sized"]) for n in range(1, 20))
    split = subprocess.run([sys.executable, "-c", GARBAGE_SPLIT.format(module=module)],
                           capture_output=True, text=True, check=True).stdout.split()
    return "\t".join(done.stdout.split() + split + [str(free["PyListObjects"]), str(free["PyDictObjects"]), tuples])


def loads(module):
    probe = f"import sys\nbefore = set(sys.modules)\nimport {module}\nprint(','.join(sorted(set(sys.modules) - before)))"
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()


def main():
    modules = sys.argv[1:] or MODULES
    print("# module\tcount_before\tcount_after\tcollections\tcollected\tgarbage_left  (tools/import_footprint/measure.py)")
    with ThreadPoolExecutor(2) as pool:
        for module in modules:
            first, deltas, lefts, rows = measure(module, pool)
            if first > 0:
                assert len(lefts) == 1, (module, lefts)
                print(f"{module}\t*\t{deltas}\t{first - 1}\t{lefts.pop()}")
            for c0, c1, n, collected, left in rows:
                if c0 >= first:
                    print(f"{module}\t{c0}\t{c1}\t{n}\t{collected}\t{left}")
            sys.stdout.flush()
    for module in modules:
        print(f"{module}\tcollected\t{after_collect(module)}")
    for module in modules:
        print(f"{module}\tloads\t{loads(module)}")


if __name__ == "__main__":
    main()
