# count() is 56 bytes whatever it has counted; its repr shows the next value (and a step other than 1)
import itertools, sys
c = itertools.count()
print(next(c), next(c), next(c), c)
print(sys.getsizeof(c), sys.getsizeof(itertools.count(10**30)))
print(itertools.count(5, 2), itertools.count(2.5), itertools.count(1, 0.5))
f = itertools.count(0.5, 0.25)
print(next(f), next(f), f)
