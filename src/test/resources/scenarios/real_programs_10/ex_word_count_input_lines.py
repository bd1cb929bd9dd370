import sys
from collections import Counter

counts = Counter()
lines = 0
chars = 0
for raw in iter(input, "END"):
    lines += 1
    chars += len(raw)
    for word in raw.lower().split():
        word = word.strip(".,;:!?\"'()")
        if word:
            counts[word] += 1
print(f"{lines} lines, {sum(counts.values())} words, {chars} chars")
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:<10}{n:>3}  {n / sum(counts.values()):6.1%}")
print("hapax:", sorted(w for w, n in counts.items() if n == 1)[:5])
