from functools import total_ordering


class CurrencyMismatch(TypeError):
    pass


@total_ordering
class Money:
    """Amounts kept as whole cents so that sums never drift."""

    def __init__(self, cents, currency="USD"):
        if not isinstance(cents, int):
            raise TypeError(f"cents must be int, not {type(cents).__name__}")
        self.cents = cents
        self.currency = currency

    @classmethod
    def parse(cls, text, currency="USD"):
        text = text.strip().replace(",", "")
        negative = text.startswith("-")
        whole, _, frac = text.lstrip("-").partition(".")
        frac = (frac + "000")[:3]
        cents = int(whole or 0) * 100 + int(frac[:2])
        if int(frac[2]) >= 5:
            cents += 1
        return cls(-cents if negative else cents, currency)

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise CurrencyMismatch(f"cannot combine {self.currency} and {other.currency}")
        return True

    def __add__(self, other):
        if isinstance(other, int) and other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Money(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Money(self.cents - other.cents, self.currency)

    def __mul__(self, factor):
        if isinstance(factor, Money):
            return NotImplemented
        return Money(round(self.cents * factor), self.currency)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        dollars, cents = divmod(abs(self.cents), 100)
        return f"{sign}{self.currency} {dollars:,}.{cents:02d}"

    def allocate(self, *ratios):
        total = sum(ratios)
        shares = [self.cents * r // total for r in ratios]
        for i in range(self.cents - sum(shares)):
            shares[i] += 1
        return [Money(s, self.currency) for s in shares]


prices = [Money.parse("19.99"), Money.parse("5"), Money.parse("0.125"), Money.parse("1,234.5")]
for p in prices:
    print(f"{p!s:>16}  {p!r}")
total = sum(prices)
print("total:", total, "| with tax:", total * 1.0825, "| max:", max(prices), "| min:", min(prices))
print("sorted:", [str(p) for p in sorted(prices, reverse=True)])
print("refund:", -Money.parse("3.50"), bool(Money(0)), bool(Money(1)), Money.parse("-0.07"))
print("split 100 three ways:", [str(m) for m in Money(10000).allocate(1, 1, 1)])
print("split 0.10 by 70/30:", [str(m) for m in Money(10).allocate(7, 3)])
print("unique:", len({Money(100), Money.parse("1.00"), Money(100, "EUR")}))
try:
    Money(1) + Money(1, "EUR")
except CurrencyMismatch as e:
    print(type(e).__name__, "is a TypeError:", isinstance(e, TypeError), "-", e)
for bad in (lambda: Money(1) * Money(2), lambda: Money(1.5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
ledger = {"rent": Money(120000), "food": Money.parse("310.45"), "fun": Money.parse("89.99")}
for name, amount in sorted(ledger.items(), key=lambda kv: kv[1], reverse=True):
    print(f"  {name:<6}{amount!s:>14}")
print(f"  {'sum':<6}{sum(ledger.values())!s:>14}")
