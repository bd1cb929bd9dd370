import sys
from collections import namedtuple
for o in (sys.version_info, sys.float_info, sys.int_info):
    t = type(o)
    print(t.__name__, t.__qualname__, t.__module__, t)
P = namedtuple("P", "x y")
print(P.__name__, P(1, 2).__class__.__name__, type(P(1, 2)).__qualname__)
