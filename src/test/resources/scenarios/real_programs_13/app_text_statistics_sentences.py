TEXT = """Memory is managed by reference counting. When a count drops to zero,
the object is freed at once! Cycles need the collector. Does it run often?
It runs when allocations pass a threshold."""

import re
from collections import Counter

sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", TEXT) if s.strip()]
words = re.findall(r"[a-z]+", TEXT.lower())
print("sentences:", len(sentences))
for s in sentences:
    print(f"  {len(s.split()):2} words | {s[:30]}")
print("words:", len(words), "unique:", len(set(words)))
print("average length: %.2f" % (sum(map(len, words)) / len(words)))
print("longest:", max(words, key=lambda w: (len(w), w)))
counts = Counter(words)
print("top:", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
vowels = Counter(ch for ch in TEXT.lower() if ch in "aeiou")
print("vowels:", dict(sorted(vowels.items())))
print("questions:", sum(s.endswith("?") for s in sentences))
