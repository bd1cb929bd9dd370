words = ["apple", "Banana", "cherry", "date", "Elderberry", "fig"]
lengths = {w: len(w) for w in words}
print(lengths)
caps = [w for w in words if w[0].isupper()]
print(caps)
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([row[i] for i, row in enumerate(matrix)])
transposed = [[row[c] for row in matrix] for c in range(3)]
print(transposed)
flat = [x for row in matrix for x in row if x % 2]
print(flat)
print({x % 4 for x in range(10)})
pairs = [(a, b) for a in range(1, 4) for b in range(a, 4) if (a + b) % 2 == 0]
print(pairs)
print(sum(x * x for x in range(10)), any(w.endswith("y") for w in words), all(words))
vowels = {ch for w in words for ch in w.lower() if ch in "aeiou"}
print(sorted(vowels))
x = 99
print([x for x in range(3)], x)
