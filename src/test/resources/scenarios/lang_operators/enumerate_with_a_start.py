# enumerate counts from start, given by position or by name.
for rank, name in enumerate(["ann", "bob"], start=1):
    print(rank, name)
print(list(enumerate("ab", 10)), list(enumerate(iterable="xy", start=-1)))
for bad in ({"start": "1"}, {"begin": 1}):
    try:
        enumerate("ab", **bad)
    except TypeError as e:
        print(e)
try:
    enumerate()
except TypeError as e:
    print(e)
