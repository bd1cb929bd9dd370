# product copies each list argument into a tuple pool (its items gain a reference); repeat= reuses the same pool
import itertools, sys
item = [0]
pool = [item, "x"]
p = itertools.product(pool, repeat=2)
print(sys.getrefcount(item), sys.getsizeof(p))
print(len(list(p)))
q = itertools.product((1, 2), "ab", [True])
print(sys.getsizeof(q), list(q))
print(list(itertools.product()), list(itertools.product([], [1])))
