from abc import ABC, abstractmethod


class PaymentError(Exception):
    pass


class DeclinedError(PaymentError):
    def __init__(self, method, amount, reason):
        super().__init__(f"{method} declined {amount:.2f}: {reason}")
        self.reason = reason


class PaymentMethod(ABC):
    fee_rate = 0.0

    def __init__(self, owner):
        self.owner = owner
        self.history = []

    @property
    @abstractmethod
    def kind(self):
        ...

    @abstractmethod
    def authorize(self, amount):
        """Return True or raise DeclinedError."""

    def fee(self, amount):
        return round(amount * self.fee_rate, 2)

    def pay(self, amount):
        self.authorize(amount)
        total = amount + self.fee(amount)
        self.history.append(total)
        return total

    def __str__(self):
        return f"{self.kind} of {self.owner}"


class CreditCard(PaymentMethod):
    fee_rate = 0.029

    def __init__(self, owner, limit):
        super().__init__(owner)
        self.limit = limit

    @property
    def kind(self):
        return "credit card"

    def authorize(self, amount):
        if sum(self.history) + amount > self.limit:
            raise DeclinedError(self.kind, amount, "over limit")
        return True


class Wallet(PaymentMethod):
    def __init__(self, owner, balance):
        super().__init__(owner)
        self.balance = balance

    @property
    def kind(self):
        return "wallet"

    def authorize(self, amount):
        if amount > self.balance:
            raise DeclinedError(self.kind, amount, f"balance {self.balance:.2f}")
        self.balance -= amount
        return True


class GiftCard(Wallet):
    fee_rate = 0.0

    @property
    def kind(self):
        return "gift card"

    def fee(self, amount):
        return 0.0


try:
    PaymentMethod("nobody")
except TypeError as e:
    print("TypeError:", e)


class HalfDone(PaymentMethod):
    def authorize(self, amount):
        return True


try:
    HalfDone("x")
except TypeError as e:
    print("TypeError:", e)

print("abstract:", sorted(PaymentMethod.__abstractmethods__), "concrete:", sorted(CreditCard.__abstractmethods__))
methods = [CreditCard("ann", 100), Wallet("bob", 50), GiftCard("cy", 30)]
orders = [40, 25, 30, 12.5, 45]
for method in methods:
    for amount in orders:
        try:
            total = method.pay(amount)
        except DeclinedError as e:
            print(f"  {e} (reason={e.reason!r})")
            break
        else:
            print(f"{str(method):>22}: paid {amount:6.2f} charged {total:7.2f}")
print({str(m): round(sum(m.history), 2) for m in methods})
print(isinstance(methods[2], Wallet), issubclass(GiftCard, PaymentMethod), DeclinedError.__mro__[1].__name__)
