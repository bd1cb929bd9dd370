# `x in iterator` pulls items until one is x or equals it; the rest stay for later.
import sys, itertools
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
squares = map(lambda n: n * n, range(10))
print(16 in squares, next(squares))
print(5 in itertools.count(1), 7 in zip([1], [2]))
class Token:
    def __eq__(self, other):
        print("compared with", other)
        return other == 3
marker = Token()
gen = (n for n in range(5))
print(marker in gen, list(gen))
box = [10]
holder = iter([box, box])
print(box in holder, sys.getrefcount(box))
try:
    3 in 5
except TypeError as e:
    print(e)
