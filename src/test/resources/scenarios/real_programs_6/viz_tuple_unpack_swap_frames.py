def rotate(a, b, c):
    a, b, c = b, c, a
    return a, b, c

x, y, z = 1, 2, 3
print(rotate(x, y, z))
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
(p, q), r = (10, 20), 30
print(p, q, r)
pairs = [(1, "one"), (2, "two")]
for number, word in pairs:
    print(number, word)
