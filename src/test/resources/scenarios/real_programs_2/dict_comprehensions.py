squares = {n: n * n for n in range(6)}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted[16])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
lengths = {w: len(w) for w in words if len(w) > 5}
print(lengths)
merged = {**squares, **{10: 100}}
print(len(merged), list(merged)[-1])
print(dict(zip("abc", range(3))), dict.fromkeys("xy", 0))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"].get("c"), nested.get("z", {}).get("b"))
