# like zip, zip_longest refills its result tuple in place when nobody else holds it
import itertools
z = itertools.zip_longest([1, 2, 3], "ab")
ids = set()
for pair in z:
    ids.add(id(pair))
print(len(ids))
z = itertools.zip_longest([1, 2, 3], "ab")
kept = [pair for pair in z]
print(kept, kept[0] is kept[1])
