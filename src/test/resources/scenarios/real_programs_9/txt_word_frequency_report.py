import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

STOP = {"it", "was", "the", "of"}

words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(w for w in words if w not in STOP)
print(len(words), "words,", len(set(words)), "distinct")
for word, n in counts.most_common(6):
    print(f"{word:<12}{'*' * n} {n}")
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len)[-3:]:
    print(k, by_len[k])
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",")]
print(len(sentences), sentences[-1])
print(max(sentences, key=len))
print(counts["times"], counts["missing"], sum(counts.values()))
longest = sorted(counts, key=lambda w: (-len(w), w))[:3]
print(longest)
print(TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("wisdom"), TEXT.rfind("was"))
