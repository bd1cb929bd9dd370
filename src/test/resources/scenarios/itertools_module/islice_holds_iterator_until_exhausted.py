# islice holds an iterator over its source (so the list has one more reference) and drops it when exhausted
import itertools, sys
data = [5, 6, 7, 8]
s = itertools.islice(data, 2)
print(sys.getrefcount(data), sys.getsizeof(s))
print(next(s), next(s))
print(sys.getrefcount(data))
print(next(s, "end"), sys.getrefcount(data))
