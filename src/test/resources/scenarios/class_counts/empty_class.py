# gc.get_count() around the simplest class statements: the class, its dict, its __mro__ and
# __bases__ tuples, the __dict__/__weakref__ descriptors, the weak reference object keeps to it.
import gc

gc.collect()
print("start", gc.get_count())


class Empty:
    pass


print("after Empty", gc.get_count())


class Documented:
    """A class with a docstring."""


print("after Documented", gc.get_count())


class Explicit(object):
    pass


print("after Explicit(object)", gc.get_count())
print(gc.collect())
