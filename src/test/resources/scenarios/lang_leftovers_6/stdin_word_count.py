# A word count over standard input, as textbooks write it with sys.stdin.
import sys
from collections import Counter

counts = Counter()
lines = 0
for line in sys.stdin:
    lines += 1
    counts.update(line.lower().split())
print(lines, sum(counts.values()))
for word, n in counts.most_common(3):
    print(f"{word:<6}{n:>3}")
print(sys.getrefcount(sys.stdin), repr(sys.stdin.readline()))
