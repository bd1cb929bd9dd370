# textbook: word frequencies
text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away! Quick, quick."""

import string
counts = {}
for word in text.lower().split():
    word = word.strip(string.punctuation)
    if word:
        counts[word] = counts.get(word, 0) + 1

for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{word:<8}{n:>3}")

longest = max(counts, key=len)
print("longest:", longest, len(longest))
vowels = {w: sum(ch in "aeiou" for ch in w) for w in counts}
print(sorted(vowels.items())[:4])
print("unique:", len(counts), "total:", sum(counts.values()))
caps = text.title().replace("\n", " ")
print(caps[:30])
print(text.count("the"), text.find("fox"), text.rfind("fox"))
