point = (3, 4)
x, y = point
print(x, y, point[0], len(point))
try:
    point[0] = 5
except TypeError as e:
    print("TypeError:", e)
point = point + (5,)
print(point, point.count(3), point.index(5))
single = (1,)
not_tuple = (1)
print(type(single).__name__, type(not_tuple).__name__)
nested = ([1, 2], "ab")
nested[0].append(3)
print(nested)
print(hash((1, 2)) == hash((1, 2)))
try:
    hash(nested)
except TypeError as e:
    print("TypeError:", e)
records = [("bo", 3), ("al", 3), ("cy", 1)]
print(sorted(records), sorted(records, key=lambda r: r[1]))
print(max(records, key=lambda r: (r[1], r[0])))
print(tuple("abc"), tuple(range(3)), (1, 2) < (1, 3), (1, 2, 3) > (1, 2))
a, *b = (1,)
print(a, b)
