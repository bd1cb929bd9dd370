# A subclass that does not override the reflected method: the left operand goes first as usual.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __mul__(self, k):
        print("Money.__mul__")
        return Money(self.cents * k if isinstance(k, int) else self.cents * k.cents)

    def __rmul__(self, k):
        print("Money.__rmul__")
        return Money(self.cents * k)

    def __repr__(self):
        return f"{type(self).__name__}({self.cents})"


class Euro(Money):
    pass


class Pound(Money):
    def __rmul__(self, k):
        print("Pound.__rmul__")
        return NotImplemented


print(Money(3) * Euro(4))
print(Euro(4) * Money(3))
print(Money(2) * Pound(5))
print(3 * Euro(7))
print(3 * Pound(7) if False else "skip")
try:
    print(3 * Pound(7))
except TypeError as e:
    print("TypeError:", e)
