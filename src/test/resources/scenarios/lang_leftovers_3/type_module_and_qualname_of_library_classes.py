# A logging helper names each value's class with its module: type(x).__module__ and
# __qualname__ of library classes (io.StringIO's C type lives in _io), of ChainMap (a class
# of Python code whose metaclass is ABCMeta), and of builtin types spelled out.
import io, datetime, itertools, functools, operator, types, fractions, weakref, random, contextlib
from collections import ChainMap, deque


def describe(x):
    t = type(x)
    return f"{t.__module__}.{t.__qualname__}"


class Node:
    pass


values = [io.StringIO("text"), datetime.date(2024, 5, 17), datetime.timedelta(hours=2),
          itertools.count(3), functools.partial(max, 0), operator.itemgetter(1),
          types.SimpleNamespace(a=1), fractions.Fraction(3, 4), random.Random(7),
          contextlib.suppress(KeyError), ChainMap({"a": 1}, {"b": 2}), deque([1]),
          weakref.ref(Node), weakref.WeakSet(), Node(), 42]
for x in values:
    print(describe(x))
print(type(ChainMap), isinstance(ChainMap, type), type(ChainMap) is type(contextlib.suppress))
print(int.__module__, int.__qualname__, str.__module__, dict.__qualname__, type.__module__)
print(io.StringIO.__module__, weakref.ref.__qualname__, ChainMap.__module__)
