# Word frequencies with re.findall, case folded.
import re
import sys

text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox doesn't! Foxes, dogs and the rest: 42 animals, 7 humans."""
words = re.findall(r"[a-z']+", text.lower())
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(len(words), top)
print(re.findall(r"\d+", text), re.findall(r"\b[A-Z]\w*", text))
print(re.findall(r"(\w+) (\w+)", "a b c d e"), re.findall(r"(\w)(x)?", "ab"))
print(re.findall(r"\bthe\b", text, re.IGNORECASE))
print(re.findall(r"^\w+", text, re.M), re.findall(r"\w+$", text, re.MULTILINE), re.findall(r"\w+$", text))
print(sys.getrefcount(text))
