# The defaultdict holds a reference to its factory; replacing default_factory releases it.
import sys
from collections import defaultdict
def zero():
    return 0
print(sys.getrefcount(zero))
d = defaultdict(zero)
print(sys.getrefcount(zero), d.default_factory is zero)
e = d.copy()
print(sys.getrefcount(zero), e.default_factory is zero)
d.default_factory = None
print(sys.getrefcount(zero), d.default_factory)
del e
print(sys.getrefcount(zero))
