# defaultdict(int) counts: int() gives 0 for a key seen for the first time.
from collections import defaultdict
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts)
print(sorted(counts.items()), counts.default_factory)
