# results kept by the caller are fresh copies; results dropped are refilled in place: every kept tuple stays distinct
import itertools, sys
pairs = []
for pair in itertools.combinations("abcd", 2):
    if "a" in pair:
        pairs.append(pair)
print(pairs, len(set(map(id, pairs))))
it = itertools.combinations([10, 20, 30], 2)
first = next(it)
print(first, sys.getrefcount(first))
second = next(it)
print(first, second, sys.getrefcount(first), sys.getrefcount(second))
