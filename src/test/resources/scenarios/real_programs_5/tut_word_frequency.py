import string
from collections import Counter

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

table = str.maketrans("", "", string.punctuation)
words = text.lower().translate(table).split()
print(len(words), "words,", len(set(words)), "distinct")

freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:>8} {'*' * n} {n}")

counts = Counter(words)
print(counts.most_common(3))
print(counts["season"], counts["nothing"])
long_words = Counter(w for w in words if len(w) > 6)
print(sorted(long_words.items()))
by_length = Counter(len(w) for w in words)
for length in sorted(by_length):
    print(f"{length:2} letters: {by_length[length]}")
first_letters = Counter(w[0] for w in words)
print("".join(sorted(first_letters)), first_letters.most_common(1))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(2))
