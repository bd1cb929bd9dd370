# getsizeof of permutations and combinations grows with n and r (their index arrays); the pool tuple holds the items
import itertools, sys
item = [7]
xs = [item, 2, 3, 4]
p = itertools.permutations(xs, 2)
c = itertools.combinations(xs, 3)
print(sys.getsizeof(p), sys.getsizeof(c), sys.getsizeof(itertools.permutations(xs)))
print(sys.getrefcount(item))
del p, c
print(sys.getrefcount(item))
t = (1, 2, 3)
c = itertools.combinations(t, 2)
print(sys.getrefcount(t))
