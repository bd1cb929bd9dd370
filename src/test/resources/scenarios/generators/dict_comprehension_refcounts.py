# A dict comprehension's values are referenced once by the dict.
import sys
class V:
    pass
objs = [V(), V()]
d = {i: o for i, o in enumerate(objs)}
print(len(d), sys.getrefcount(objs[0]))
del objs
print(sys.getrefcount(d[0]))
