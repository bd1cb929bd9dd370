# Building strings from a str subclass in a loop: each result is a new plain str.
import sys, gc


class Word(str):
    pass


w = Word("ab")
print(sys.getrefcount(w))
pieces = []
for i in range(3):
    pieces.append(w + str(i))
print(pieces, [type(p).__name__ for p in pieces], sys.getrefcount(w))
same = [w, w, w]
print(sys.getrefcount(w))
del same
print(sys.getrefcount(w), gc.is_tracked(w), gc.is_tracked(pieces[0]))
joined = "-".join([w])
print(joined, type(joined).__name__, joined is w, sys.getrefcount(w))
