# Advent-of-Code style vent lines: count grid points covered by two or more lines.
import sys
from collections import Counter

segments = []
for line in sys.stdin:
    if not line.strip():
        continue
    a, b = line.split(" -> ")
    x1, y1 = map(int, a.split(","))
    x2, y2 = map(int, b.split(","))
    segments.append((x1, y1, x2, y2))


def sign(n):
    return (n > 0) - (n < 0)


def points(x1, y1, x2, y2):
    dx, dy = sign(x2 - x1), sign(y2 - y1)
    length = max(abs(x2 - x1), abs(y2 - y1))
    return [(x1 + i * dx, y1 + i * dy) for i in range(length + 1)]


straight = Counter()
every = Counter()
for seg in segments:
    x1, y1, x2, y2 = seg
    pts = points(*seg)
    every.update(pts)
    if x1 == x2 or y1 == y2:
        straight.update(pts)
print("part 1:", sum(1 for c in straight.values() if c >= 2))
print("part 2:", sum(1 for c in every.values() if c >= 2))
size = 1 + max(max(s[0], s[2], s[1], s[3]) for s in segments)
for y in range(size):
    print("".join(str(every[(x, y)]) if every[(x, y)] else "." for x in range(size)))
print(every.most_common(3))
