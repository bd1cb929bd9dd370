# Plugin registries with __init_subclass__, keyword arguments and a class decorator.
import sys
import weakref
import gc

registry = {}


class Shape:
    sides = 0

    def __init_subclass__(cls, /, sides=None, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if sides is not None:
            cls.sides = sides
        key = name or cls.__name__.lower()
        if key in registry:
            raise TypeError(f"duplicate shape name {key!r}")
        registry[key] = cls

    @classmethod
    def create(cls, kind, *args):
        try:
            factory = registry[kind]
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}; known: {', '.join(sorted(registry))}") from None
        return factory(*args)

    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class Square(Shape, sides=4):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Triangle(Shape, sides=3, name="tri"):
    def __init__(self, base, height):
        self.base = base
        self.height = height

    def area(self):
        return self.base * self.height / 2


class Blob(Shape):
    def __init__(self):
        pass


print(sorted(registry), Square.sides, Triangle.sides, Blob.sides, Shape.sides)
shapes = [Shape.create("square", 3), Shape.create("tri", 4, 5), Shape.create("blob")]
for s in shapes:
    try:
        print(s, s.sides, s.area())
    except NotImplementedError as e:
        print(s, "NotImplementedError:", e)

try:
    Shape.create("circle", 1)
except ValueError as e:
    print(e, e.__suppress_context__)

try:
    class Square2(Shape, name="square"):
        pass
except TypeError as e:
    print("TypeError:", e)
print(sorted(registry))

try:
    class Odd(Shape, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

print(sys.getrefcount(Square))
print(Square.__mro__)
print(Square.__init_subclass__.__self__ is Square, type(Shape.__dict__['__init_subclass__']).__name__)


def register_handler(event):
    def wrap(cls):
        handlers.setdefault(event, []).append(cls.__name__)
        cls.event = event
        return cls
    return wrap

handlers = {}

@register_handler("click")
@register_handler("tap")
class Button:
    pass

@register_handler("click")
class Link:
    pass

print(handlers, Button.event, Link.event)


class Temporary(Shape, name="temp"):
    pass

probe = weakref.ref(Temporary)
del Temporary
print(probe() is None, gc.collect() >= 0, probe() is None)
del registry["temp"]
print(gc.collect(), probe())
