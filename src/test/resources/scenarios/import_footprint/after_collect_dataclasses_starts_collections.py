# import dataclasses right after gc.collect(): it loads inspect, ast, dis and copy, starting four
# automatic collections, and leaves 23 objects of garbage; gc.get_stats() counts the collections
import gc

def stats():
    s = gc.get_stats()
    return [g["collections"] for g in s], [g["collected"] for g in s]

before = stats()
gc.collect()
from dataclasses import dataclass
print(gc.get_count())
after = stats()
print([b - a for a, b in zip(before[0], after[0])], [b - a for a, b in zip(before[1], after[1])])
print(gc.collect(), gc.get_count())
