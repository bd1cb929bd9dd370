# @staticmethod and @classmethod copy the function's __module__, __name__, __qualname__, __doc__
# and __annotations__ into their own __dict__ (the function's __annotations__ dict is made then).
import gc


def helper(x):
    return x * 2


gc.collect()
print(gc.get_count())
s = staticmethod(helper)
print("staticmethod(helper)", gc.get_count())
s2 = staticmethod(helper)
print("again", gc.get_count())
c = classmethod(helper)
print("classmethod(helper)", gc.get_count())
print(helper(4))
gc.collect()
before = gc.get_count()[0]


class Tools:
    @staticmethod
    def double(x):
        return x * 2

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def triple(x):
        return x * 3


print("class with three:", gc.get_count()[0] - before)
print(Tools.double(2), Tools.triple(2), type(Tools.make()).__name__)
del s, s2, c
print(gc.get_count())
