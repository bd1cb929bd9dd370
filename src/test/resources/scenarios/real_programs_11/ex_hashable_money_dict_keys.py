from dataclasses import dataclass

@dataclass(frozen=True)
class Money:
    amount: int  # in cents
    currency: str = "EUR"

    def __add__(self, other: "Money") -> "Money":
        if self.currency != other.currency:
            raise ValueError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __str__(self):
        return f"{self.amount // 100}.{self.amount % 100:02d} {self.currency}"

prices = {Money(250): "coffee", Money(400): "sandwich", Money(250, "USD"): "tea"}
print(prices[Money(250)], prices[Money(250, "USD")])
total = Money(250) + Money(400) + Money(5)
print(total, repr(total))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print(e)
try:
    total.amount = 0
except Exception as e:
    print(type(e).__name__, e)
print(len({Money(1), Money(1), Money(2)}))
