import sys


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name


g = Greeter("zoe")
print(sys.getrefcount(g))
m1 = g.greet
print(sys.getrefcount(g))
m2 = g.greet
print(m1 is m2, m1 == m2, sys.getrefcount(g))
print(m1.__self__ is g, m1.__func__ is Greeter.greet)
callbacks = [g.greet for _ in range(3)]
print(sys.getrefcount(g))
del callbacks, m1, m2
print(sys.getrefcount(g))
print(Greeter.greet(g), g.greet())
fn = Greeter.greet
print(fn.__name__, fn.__qualname__)
