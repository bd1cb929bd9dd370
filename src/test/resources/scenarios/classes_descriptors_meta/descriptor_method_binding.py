import sys


class Method:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self.func
        return Bound(self.func, obj)


class Bound:
    def __init__(self, func, obj):
        self.func = func
        self.obj = obj

    def __call__(self, *args):
        return self.func(self.obj, *args)


class Greeter:
    def __init__(self, name):
        self.name = name

    @Method
    def greet(self, other):
        return f"{self.name} greets {other}"


g = Greeter("Ann")
print(g.greet("Bob"))
m = g.greet
print(type(m).__name__, m.obj is g, sys.getrefcount(g))
print(Greeter.greet(g, "Cy"))
del m
print(sys.getrefcount(g))
