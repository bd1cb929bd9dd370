# A generator's __qualname__ is its function's qualified name; a method-wrapper's names the type
# that defines the slot. Both used to stop the run with the lab's "not supported" TypeError.
import sys


def countdown(n):
    while n:
        yield n
        n -= 1


class Walker:
    def steps(self):
        def inner():
            yield "in"
        yield inner()


g = countdown(2)
print(g.__name__, g.__qualname__)
inner = next(Walker().steps())
print(Walker().steps().__qualname__, inner.__qualname__, inner.__name__)
print((c for c in "ab").__qualname__)
name = g.__qualname__
print(type(name).__name__, name == "countdown", sys.getrefcount(g))
print(list(g))
wrapper = (1).__add__
print(wrapper.__qualname__, [].__len__.__qualname__, "x".__str__.__qualname__)
print(int.__add__.__qualname__, str.upper.__qualname__, sys.getrefcount(wrapper))
