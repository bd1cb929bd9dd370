# Text statistics: words, sentences, longest words, letter histogram.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity. It was the season of Light, it was the season of Darkness!
Was it the spring of hope? It was the winter of despair."""

sentences = [s.strip() for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
words = [w.strip(".,!?").lower() for w in text.split()]
print("sentences:", len(sentences), "words:", len(words), "chars:", len(text))
print("avg word length:", round(sum(map(len, words)) / len(words), 3))
print("avg sentence length:", round(len(words) / len(sentences), 2))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print(f"{w:>8} {c:2d} {'=' * c}")
longest = sorted(set(words), key=lambda w: (-len(w), w))[:3]
print("longest:", longest)
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters, key=lambda k: (-letters[k], k))[:5]
print("common letters:", [(c, letters[c]) for c in common])
print("unique words:", len(freq), "hapax:", sorted(w for w, c in freq.items() if c == 1)[:5])
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i}: {len(line):3d} {line[:20]!r}...")
vowels = sum(ch in "aeiou" for ch in text.lower())
print("vowels:", vowels, f"{vowels / sum(letters.values()):.1%}")
caps = [w for w in text.split() if w[0].isupper()]
print("capitalised:", caps)
print("palindromes:", sorted({w for w in words if len(w) > 1 and w == w[::-1]}))
