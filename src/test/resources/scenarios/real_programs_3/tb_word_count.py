from collections import Counter
import string

text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

def words(s):
    table = str.maketrans("", "", string.punctuation)
    return s.lower().translate(table).split()

counts = {}
for w in words(text):
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<10}{n:>3} {'*' * n}")
c = Counter(words(text))
print(c.most_common(3))
print(len(c), sum(c.values()))
lengths = {}
for w in c:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
longest = max(c, key=len)
print(longest, len(longest))
