# Keys and values of defaultdict, Counter and OrderedDict are held once each, as in a dict.
import sys
from collections import defaultdict, Counter, OrderedDict
key = ("k", str(1))
value = [1]
a = defaultdict(list)
a[key] = value
print(sys.getrefcount(key), sys.getrefcount(value))
b = Counter()
b[key] = value
c = OrderedDict()
c[key] = value
print(sys.getrefcount(key), sys.getrefcount(value))
del a, b
print(sys.getrefcount(key), sys.getrefcount(value))
c.clear()
print(sys.getrefcount(key), sys.getrefcount(value))
