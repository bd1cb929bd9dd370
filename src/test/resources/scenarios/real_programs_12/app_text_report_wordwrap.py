text = """The quick brown fox jumps over the lazy dog. The dog, surprised,
barks twice; the fox runs away! Foxes are quick, dogs are loyal."""

import string

words = [w.strip(string.punctuation).lower() for w in text.split()]
words = [w for w in words if w]
print("words:", len(words), "unique:", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, n in top:
    print(f"{w:>8} {'#' * n} {n}")
sentences = [s.strip() for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
print("sentences:", len(sentences))
print("avg word length: {:.2f}".format(sum(map(len, words)) / len(words)))
longest = max(words, key=len)
print(f"longest word: {longest!r} ({len(longest)})")
caps = " ".join(w.capitalize() for w in sentences[0].split()[:4])
print(caps)
print(f"{'centered':*^20}|{'left':<8}|{'right':>8}|")
