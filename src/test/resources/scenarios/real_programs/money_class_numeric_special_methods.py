# a Money class with __abs__, __int__, __float__, __round__ and __format__: the builtins call them (round() without ndigits passes none)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __float__(self):
        return self.cents / 100
    def __int__(self):
        return self.cents // 100
    def __round__(self, ndigits=None):
        print("__round__", ndigits)
        return Money(round(self.cents, -2))
    def __format__(self, spec):
        print("__format__", repr(spec))
        return format(self.cents / 100, spec or ".2f")
    def __abs__(self):
        return Money(abs(self.cents))

m = Money(-1234)
print(float(m), int(m), abs(m))
print(round(m), round(m, 1), round(m, None))
print(f"{m}|{m:>10.1f}|{m!r}")
print(format(m, ".3f"), "{0:,.1f} and {0!r}".format(m))
print(f"{Money(5)!s:>12}")
