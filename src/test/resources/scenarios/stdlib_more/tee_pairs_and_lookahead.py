# tee for look-ahead: pairing each item with the next (the pairwise recipe), copying a tee, and more than 57 items spanning several data blocks
import sys
import itertools

def pairs(iterable):
    a, b = itertools.tee(iterable)
    next(b, None)
    return zip(a, b)

print(list(pairs([1, 4, 9, 16])))
print([b - a for a, b in pairs(x * x for x in range(6))])
numbers = list(range(100, 230))
left, right = itertools.tee(iter(numbers))
print(sum(left), list(itertools.islice(right, 3)), len(list(right)))
t1, t2 = itertools.tee([[0], [1], [2]])
copy1, copy2 = itertools.tee(t1)
print(next(copy1), next(copy1), next(copy2), next(t2))
item = next(copy2)
print(item, sys.getrefcount(item))
