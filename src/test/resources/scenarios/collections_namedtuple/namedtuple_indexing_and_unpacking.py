# A namedtuple is a tuple: indexing, slicing, unpacking, len, iteration and in all work.
from collections import namedtuple
Row = namedtuple("Row", "id name score")
r = Row(7, "ada", 9.5)
print(r[0], r[-1], r[1:], len(r))
i, name, score = r
print(i, name, score)
print(list(r), "ada" in r, r.index("ada"), r.count(7))
for field, value in zip(r._fields, r):
    print(field, "=", value)
