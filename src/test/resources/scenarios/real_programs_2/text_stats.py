text = """Python is a programming language that lets you work quickly
and integrate systems more effectively. Python is powerful, and fast;
plays well with others; runs everywhere; is friendly and easy to learn."""
lines = text.splitlines()
words = text.replace(";", " ").replace(",", " ").replace(".", " ").split()
print(len(lines), len(words), len(set(w.lower() for w in words)))
longest = max(words, key=len)
print(longest, len(longest))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels)
print([w for w in words if w.istitle()])
print(text.count("Python"), text.index("fast"))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
