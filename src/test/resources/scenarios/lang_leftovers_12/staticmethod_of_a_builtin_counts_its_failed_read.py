# staticmethod(f) and classmethod(f) copy f's __module__, __name__, __qualname__, __doc__ and
# __annotations__ into their own __dict__. A builtin function has no __annotations__: the failed
# read makes an AttributeError (freed) and its args tuple (kept by the tuple free list), so a
# builtin counts as many allocations as a Python function does, whose annotations dict is new.
import gc


def shout(text):
    return text.upper()


def allocations(make):
    gc.collect()
    before = gc.get_count()[0]
    made = make()
    return gc.get_count()[0] - before, type(made).__name__


print(allocations(lambda: staticmethod(len)))
print(allocations(lambda: classmethod(len)))
print(allocations(lambda: staticmethod(shout)))
print(allocations(lambda: [staticmethod(abs), classmethod(max), staticmethod(sorted)]))


class Tools:
    measure = staticmethod(len)
    largest = staticmethod(max)


gc.collect()
before = gc.get_count()[0]
print(Tools.measure("abc"), Tools.largest(3, 9), gc.get_count()[0] - before)
print(Tools.measure.__name__, Tools.__dict__["largest"].__func__ is max)
print(Tools.__dict__["measure"].__wrapped__ is len, staticmethod(shout).__func__("hey"))
