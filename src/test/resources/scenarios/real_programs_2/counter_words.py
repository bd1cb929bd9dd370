from collections import Counter
text = """it was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
words = text.split()
c = Counter(words)
print(c.most_common(3))
print(c["it"], c["missing"])
c.update(["best", "best"])
print(c["best"])
letters = Counter(ch for ch in text if ch.isalpha())
print(letters.most_common(5))
print(sum(c.values()), len(c))
a = Counter("aab")
b = Counter("abc")
print(a + b, a - b, a & b, a | b)
