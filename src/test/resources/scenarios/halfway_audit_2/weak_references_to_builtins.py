# Which objects take weak references: functions, types, modules, generators and deques do; ints, strs,
# tuples, lists, dicts and None do not, with CPython's message.
import collections
import sys
import weakref


def numbers():
    yield 1


gen = numbers()
for target in (len, int, sys, gen, collections.deque(), weakref.WeakSet()):
    r = weakref.ref(target)
    print(type(target).__name__, r() is target)
dead = weakref.ref(gen, lambda ref: print("generator gone"))
del gen
print(dead())
for value in (1, "s", (1,), [1], {}, None, 2.5, b"x", True, range(2), bytearray(), weakref.ref(len)):
    try:
        weakref.ref(value)
    except TypeError as e:
        print(e)
