from collections import Counter
import string

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""

lines = TEXT.splitlines()
words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
print("lines:", len(lines), "words:", len(words), "chars:", len(TEXT))
print("unique words:", len(set(words)))
counts = Counter(words)
for word, n in counts.most_common(5):
    print(f"{word:>8} {n:3d} {'#' * n}")
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print("top letters:", "".join(c for c, _ in letters.most_common(6)))
print("vowel share: %.1f%%" % (100 * sum(letters[v] for v in "aeiou") / sum(letters.values())))
lengths = Counter(len(w) for w in words)
for ln in sorted(lengths):
    print(f"len {ln}: {lengths[ln]}")
longest = max(words, key=len)
print("longest:", longest, "title:", longest.title(), "centered:", repr(longest.center(15, "*")))
print("capitalized words:", [w for w in TEXT.split() if w[0].isupper()])
first, *rest = lines
print(first.count("it"), first.lower().count("it"), first.find("worst"), first.rfind("times"))
print((counts - Counter({"it": 5, "was": 8})).most_common(2))
