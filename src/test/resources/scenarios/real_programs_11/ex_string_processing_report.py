text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity"""

lines = text.splitlines()
words = [w.strip(",.").lower() for w in text.split()]
print(f"{len(lines)} lines, {len(words)} words, {len(text)} characters")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, count in top:
    print(f"{word:>8} {'#' * count} {count}")
longest = max(words, key=len)
print("longest word:", longest, len(longest))
print("capitalized:", " ".join(w.capitalize() for w in lines[0].split()[:4]))
vowels = sum(ch in "aeiou" for ch in text.lower())
print(f"vowels: {vowels} ({vowels / len(text):.1%})")
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
print(text.count("it was"), text.find("age"), text.rfind("age"))
print("|".join(line.center(20, ".")[:20] for line in ["a", "bb", "ccc"]))
