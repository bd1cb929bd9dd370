# functools.singledispatch registered three ways (annotation, @f.register(cls), f.register(cls, func)), dispatch along the MRO (bool to int, a subclass to its base), registry keys in order, dispatch(cls)
from functools import singledispatch


@singledispatch
def describe(obj):
    """Describe any object."""
    return f"something: {obj!r}"


@describe.register
def _(obj: int):
    return f"an int, {obj} squared is {obj * obj}"


@describe.register(list)
def _describe_list(obj):
    return f"a list of {len(obj)} items: " + "; ".join(describe(x) for x in obj)


def describe_text(obj, shout=False):
    return ("TEXT " if shout else "text ") + obj


describe.register(str, describe_text)


class Shape:
    def __init__(self, name):
        self.name = name


class Circle(Shape):
    pass


@describe.register
def _(obj: Shape):
    return f"a shape called {obj.name}"


print(describe(7))
print(describe(True))
print(describe([1, "two", 3.0]))
print(describe("hi"), "/", describe("hi", shout=True))
print(describe(Circle("c1")))
print(describe(None))
print(describe.__name__, "-", describe.__doc__)
print([k.__name__ for k in describe.registry])
print(describe.dispatch(bool) is describe.registry[int], describe.dispatch(Circle) is describe.registry[Shape])
print(describe.dispatch(float) is describe.__wrapped__, describe.registry[str] is describe_text)
