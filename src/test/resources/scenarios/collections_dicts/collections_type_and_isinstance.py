# The collections types print with their module and are dict or object subclasses as in CPython.
from collections import deque, defaultdict, Counter, OrderedDict
objs = [deque(), defaultdict(), Counter(), OrderedDict()]
for o in objs:
    print(type(o), isinstance(o, dict), len(o))
print(deque, defaultdict, Counter, OrderedDict)
print(isinstance(Counter(), Counter), isinstance({}, Counter), isinstance(deque(), deque))
print(type(deque()) is deque, type(Counter()) is Counter)
