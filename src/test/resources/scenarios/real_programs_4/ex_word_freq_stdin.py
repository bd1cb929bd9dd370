import string
from collections import Counter

lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
text = " ".join(lines).lower()
table = str.maketrans("", "", string.punctuation)
words = text.translate(table).split()
counts = Counter(words)
print(f"{len(lines)} lines, {len(words)} words, {len(counts)} distinct")
for word, n in counts.most_common(5):
    print(f"{word:<8}{'#' * n} {n}")
longest = sorted(counts, key=lambda w: (-len(w), w))[:3]
print("longest:", longest)
