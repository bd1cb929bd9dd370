# Word frequencies of a text, the classic Counter program.
from collections import Counter
text = "the quick brown fox jumps over the lazy dog the fox"
words = Counter(text.split())
for word, n in words.most_common(3):
    print(f"{word:>6} {n}")
print(words["the"], words["cat"], len(words))
print(isinstance(words, dict), sorted(words)[:3])
