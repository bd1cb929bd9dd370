# Money with rich comparisons, total_ordering, __round__, __bool__ and a currency check.
from functools import total_ordering


class CurrencyMismatch(ValueError):
    pass


@total_ordering
class Money:
    def __init__(self, cents, currency="EUR"):
        if not isinstance(cents, int):
            raise TypeError(f"cents must be int, not {type(cents).__name__}")
        self.cents = cents
        self.currency = currency

    @classmethod
    def parse(cls, text):
        amount, currency = text.split()
        whole, _, frac = amount.partition(".")
        frac = (frac + "00")[:2]
        sign = -1 if whole.startswith("-") else 1
        return cls(sign * (abs(int(whole)) * 100 + int(frac)), currency)

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return None

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        bad = self._check(other)
        if bad is NotImplemented:
            return bad
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __add__(self, other):
        if other == 0:
            return self
        bad = self._check(other)
        if bad is NotImplemented:
            return bad
        return Money(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        self._check(other)
        return Money(self.cents - other.cents, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, int):
            return Money(self.cents * factor, self.currency)
        if isinstance(factor, float):
            return Money(round(self.cents * factor), self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __bool__(self):
        return self.cents != 0

    def __round__(self, ndigits=None):
        if ndigits is None:
            return Money(round(self.cents, -2), self.currency)
        return Money(round(self.cents, ndigits - 2), self.currency)

    def allocate(self, ratios):
        total = sum(ratios)
        shares = [self.cents * r // total for r in ratios]
        remainder = self.cents - sum(shares)
        for i in range(remainder):
            shares[i] += 1
        return [Money(s, self.currency) for s in shares]

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d} {self.currency}"


prices = [Money.parse(t) for t in ["12.5 EUR", "3.99 EUR", "-0.75 EUR", "1200 EUR", "3.99 EUR"]]
for p in prices:
    print(f"{p!s:>14} {p!r}")
print(sorted(prices))
print(max(prices), min(prices))
print(prices[1] == prices[4], prices[1] is prices[4], len(set(prices)))
print(prices[0] > prices[1], prices[0] <= prices[0], prices[2] >= prices[3])
print(sum(prices), sum(prices, Money(0)))
print(prices[0] * 3, 2 * prices[1], prices[1] * 1.5, -prices[2])
print(round(Money(1249)), round(Money(1250)), round(Money(1351)), round(Money(1234), 1))
print(bool(Money(0)), bool(Money(1)), [str(m) for m in prices if m])
print([str(m) for m in Money(1000).allocate([1, 1, 1])])
print([str(m) for m in Money(1001).allocate([70, 20, 10])])
print(Money(5) == 5, Money(5) != "5")
try:
    Money(100, "EUR") < Money(100, "USD")
except CurrencyMismatch as e:
    print("CurrencyMismatch:", e, isinstance(e, ValueError))
try:
    Money(100) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1.5)
except TypeError as e:
    print("TypeError:", e)
print(Money.__lt__.__name__, Money.__le__.__name__)
print(Money(100, "USD") + Money(250, "USD") - Money(50, "USD"))
print(Money(100, "EUR") + Money(1, "GBP"))
