# A money amount in cents: an int with a currency, made in __new__.
import sys, gc


class Money(int):
    def __new__(cls, cents, currency="EUR"):
        obj = super().__new__(cls, cents)
        obj.currency = currency
        return obj

    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"

    def __str__(self):
        return f"{int(self) / 100:.2f} {self.currency}"


price = Money(1999)
print(price)
print(repr(price))
print(price + 1, type(price + 1).__name__)
print(price * 2, type(price * 2).__name__)
print(price == 1999, price > 1000, hash(price) == hash(1999))
print(isinstance(price, int), isinstance(price, Money), type(price).__name__)
print(sys.getrefcount(price), sys.getsizeof(price), gc.is_tracked(price))
print(price.__dict__)
gc.collect()
print(gc.get_count())
tip = Money(250, "USD")
print(gc.get_count())
del tip
print(gc.get_count())
