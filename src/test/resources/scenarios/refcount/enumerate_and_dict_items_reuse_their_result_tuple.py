# enumerate and dict item iterators keep their last result tuple (reused when only they hold it), so the current item has one more reference.
import sys, gc
lst = [[1], [2]]
for i, x in enumerate(lst):
    print(i, sys.getrefcount(x), sys.getrefcount(lst))
d = {'a': [1], 'b': [2]}
for k, v in d.items():
    print(k, sys.getrefcount(v), sys.getrefcount(d))
e = enumerate(lst)
print(sys.getrefcount(lst), gc.is_tracked(e))
t = None
print(list(enumerate(lst)))
print(list(d.items()))
for pair in d.items():
    print(pair, sys.getrefcount(pair))
print(sys.getsizeof(list(enumerate(lst))))
