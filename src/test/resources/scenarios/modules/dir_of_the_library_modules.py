# dir() of each module a lab program may import lists CPython's names, sorted.
import collections, functools, itertools, string
for module in (collections, functools, itertools, string):
    names = dir(module)
    print(module.__name__, len(names), names == sorted(names), [n for n in names if not n.startswith("_")][:6])
