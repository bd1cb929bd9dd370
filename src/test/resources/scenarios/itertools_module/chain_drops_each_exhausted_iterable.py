# chain holds an iterator over its argument tuple and one active iterator: each list loses that reference as chain moves on
import itertools, sys
a = [1, 2]
b = [3]
ch = itertools.chain(a, b)
print(sys.getrefcount(a), sys.getrefcount(b), sys.getsizeof(ch))
print(next(ch), sys.getrefcount(a), sys.getrefcount(b))
print(next(ch), next(ch), sys.getrefcount(a), sys.getrefcount(b))
print(next(ch, "done"), sys.getrefcount(a), sys.getrefcount(b))
