import sys

class Token:
    pass

tokens = [Token() for _ in range(3)]
first = tokens[0]
print("start:", sys.getrefcount(first))
for t in tokens:
    pass
print("after loop (t still bound to last):", sys.getrefcount(tokens[-1]), sys.getrefcount(first))
for t in tokens:
    if t is first:
        print("inside loop on first:", sys.getrefcount(first))
        break
print("after break on first:", sys.getrefcount(first))
del t
print("after del t:", sys.getrefcount(first))
pairs = list(enumerate(tokens))
print("in enumerate pairs:", sys.getrefcount(first))
del pairs
squares = [sys.getrefcount(x) for x in tokens]
print("inside comprehension:", squares)
it = iter(tokens)
x = next(it)
print("next() result:", sys.getrefcount(first))
del x, it
d = {i: tok for i, tok in enumerate(tokens)}
print("dict values:", sys.getrefcount(first))
print(sys.getrefcount(tokens))
