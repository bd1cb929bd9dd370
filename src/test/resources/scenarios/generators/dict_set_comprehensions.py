# Dict and set comprehensions build their containers in their own frame.
words = ["apple", "bob", "cat", "apple"]
lengths = {w: len(w) for w in words}
print(lengths)
print({len(w) for w in words})
print({i: [j for j in range(i)] for i in range(4)})
squares = {n * n for n in range(-3, 4)}
print(sorted(squares))
