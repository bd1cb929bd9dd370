# List comprehensions with a condition and tuple elements.
print([x * x for x in range(6) if x % 2 == 0])
print([(i, i * i) for i in range(4) if i != 2])
print([c + c for c in "ab"])
