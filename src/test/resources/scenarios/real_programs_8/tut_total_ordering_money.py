from functools import total_ordering

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    @classmethod
    def from_str(cls, text):
        dollars, _, cents = text.partition(".")
        return cls(int(dollars) * 100 + int(cents or 0))
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

prices = [Money.from_str(s) for s in ["3.50", "12.05", "0.99", "3.5", "7"]]
print(prices)
print(sorted(prices), max(prices), min(prices))
a, b = prices[0], prices[3]
print(a == b, a <= b, a >= b, a > prices[2], a < prices[1])
print(len(set(prices)))
print(Money(5) == 5, Money.__le__.__name__)
try:
    Money(1) < 3
except TypeError as e:
    print(e)
