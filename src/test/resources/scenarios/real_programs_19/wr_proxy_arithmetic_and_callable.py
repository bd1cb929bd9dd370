# Proxies forward operators too, and a proxy of a callable is callable.
import weakref


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return "Money(%d)" % self.cents


class Greeter:
    def __call__(self, name):
        return "hello " + name


m = Money(250)
p = weakref.proxy(m)
print(p + 50)
print(p + Money(1))
print("p == m:", p == m, "p < Money(300):", p < Money(300))
g = Greeter()
gp = weakref.proxy(g)
print(gp("world"))
print("callable proxy type:", type(gp).__name__)
print("plain proxy type:", type(p).__name__)
print("bool of proxy:", bool(p))
del m, g
try:
    p + 1
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    gp("again")
except ReferenceError as e:
    print("ReferenceError:", e)
