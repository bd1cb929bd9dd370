a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = [10, 20, 30, 40, 50]
print(first, middle, last)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (name, score) in enumerate([("ann", 90), ("bo", 85)], start=1):
    print(i, name, score)
pairs = dict(zip("abc", range(3)))
print(pairs)
keys, values = zip(*pairs.items())
print(keys, values)
head, *tail = "hello"
print(head, tail)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
print(*[1, 2, 3], sep=" | ")
print({**{"a": 1}, "b": 2}, [*range(3), *"xy"])
