import sys


def running_stats():
    count = 0
    total = 0.0
    lo = hi = None
    while True:
        value = yield (count, total / count if count else 0.0, lo, hi)
        if value is None:
            break
        count += 1
        total += value
        lo = value if lo is None else min(lo, value)
        hi = value if hi is None else max(hi, value)
    return f"{count} values"


stats = running_stats()
print(next(stats))
for v in [4, 8, 15, 16, 23, 42]:
    print(stats.send(v))
try:
    stats.send(None)
except StopIteration as stop:
    print("finished:", stop.value)
print(sys.getsizeof(running_stats()) > 0)
try:
    next(stats)
except StopIteration:
    print("exhausted")
