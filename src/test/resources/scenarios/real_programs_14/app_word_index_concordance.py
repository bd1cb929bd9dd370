import re
from collections import defaultdict


TEXT = """The quick brown fox jumps over the lazy dog.
A lazy afternoon: the dog sleeps, the fox waits.
Quick thinking wins; lazy thinking loses."""

index = defaultdict(set)
for lineno, line in enumerate(TEXT.splitlines(), start=1):
    for word in re.findall(r"[a-z]+", line.lower()):
        index[word].add(lineno)
for word in sorted(index, key=lambda w: (-len(index[w]), w))[:6]:
    lines = ",".join(str(n) for n in sorted(index[word]))
    print(f"{word:<10}{lines}")
print("unique words:", len(index))
longest = max(index, key=len)
print("longest:", longest, len(longest))
print("starts with l:", sorted(w for w in index if w.startswith("l")))
caps = [w for w in re.findall(r"\b[A-Z]\w*", TEXT)]
print("capitalised:", caps)
print(re.sub(r"\s+", " ", TEXT)[:40] + "...")
