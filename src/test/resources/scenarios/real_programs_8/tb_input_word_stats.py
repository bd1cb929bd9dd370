import string
from collections import Counter

lines = []
try:
    while True:
        lines.append(input())
except EOFError:
    pass

text = " ".join(lines)
words = [w.strip(string.punctuation).lower() for w in text.split()]
words = [w for w in words if w]
print("lines:", len(lines), "words:", len(words), "unique:", len(set(words)))
print("longest:", max(words, key=len), "avg len: %.2f" % (sum(map(len, words)) / len(words)))
for word, n in Counter(words).most_common(3):
    print(f"{word!r:>8} x{n}")
caps = sum(1 for c in text if c.isupper())
print("capitals:", caps, "punctuation:", sum(c in string.punctuation for c in text))
