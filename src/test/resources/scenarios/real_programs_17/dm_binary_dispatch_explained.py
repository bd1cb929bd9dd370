# How `a + b` is resolved: calling the special methods by hand, as data-model articles do.
print("1 + 2.5 =", 1 + 2.5)
print("(1).__add__(2.5) ->", (1).__add__(2.5))
print("(2.5).__radd__(1) ->", (2.5).__radd__(1))
print("int.__add__(1, 2) ->", int.__add__(1, 2))
print("(3).__mul__(1.5), (1.5).__rmul__(3) ->", (3).__mul__(1.5), (1.5).__rmul__(3))
print("(7).__truediv__(2), (7).__floordiv__(2.0) ->", (7).__truediv__(2), (7).__floordiv__(2.0))
print("(2).__pow__(10), (2).__pow__(0.5) ->", (2).__pow__(10), (2).__pow__(0.5))
print("True.__add__(True) ->", True.__add__(True))
print("(1).__eq__(1.0), 1 == 1.0 ->", (1).__eq__(1.0), 1 == 1.0)
print("(1.0).__eq__(1) ->", (1.0).__eq__(1))
print("(2).__lt__(2.5), (2.5).__gt__(2) ->", (2).__lt__(2.5), (2.5).__gt__(2))
print("'ab'.__add__('cd') ->", 'ab'.__add__('cd'))
print("[1].__add__([2]) ->", [1].__add__([2]))
print("(1j).__mul__(1j), (2).__mul__(1j) ->", (1j).__mul__(1j), (2).__mul__(1j))
print("{1}.__or__({2}), {1}.__or__([2]) ->", {1}.__or__({2}), {1}.__or__([2]))


class Meters:
    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        print(f"  Meters.__add__({other!r})")
        if isinstance(other, Meters):
            return Meters(self.value + other.value)
        if isinstance(other, (int, float)):
            return Meters(self.value + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"  Meters.__radd__({other!r})")
        return self.__add__(other)

    def __eq__(self, other):
        print(f"  Meters.__eq__({other!r})")
        if isinstance(other, Meters):
            return self.value == other.value
        return NotImplemented

    def __repr__(self):
        return f"Meters({self.value})"


m = Meters(5)
print("m + 1:")
print(m + 1)
print("1 + m:")
print(1 + m)
print("2.5 + m:")
print(2.5 + m)
print("sum([Meters(1), Meters(2)]):")
print(sum([Meters(1), Meters(2)]))
print("m == Meters(5):")
print(m == Meters(5))
print("m == 5:")
print(m == 5)
print("m + 'x':")
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
print("'x' + m:")
try:
    "x" + m
except TypeError as e:
    print("TypeError:", e)
print("(5).__add__(m) ->", (5).__add__(m))
print("m.__add__('x') ->", m.__add__("x"))
print(NotImplemented, type(NotImplemented).__name__, bool(NotImplemented is NotImplemented))
