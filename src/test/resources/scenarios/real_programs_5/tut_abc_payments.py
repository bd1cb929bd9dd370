from abc import ABC, abstractmethod

class PaymentMethod(ABC):
    fee_rate = 0.0

    def __init__(self, holder):
        self.holder = holder

    @abstractmethod
    def authorize(self, amount):
        ...

    @property
    @abstractmethod
    def label(self):
        ...

    def pay(self, amount):
        if not self.authorize(amount):
            return f"{self.label}: declined {amount:.2f}"
        fee = round(amount * self.fee_rate, 2)
        return f"{self.label}: paid {amount:.2f} + fee {fee:.2f}"


class Card(PaymentMethod):
    fee_rate = 0.029

    def __init__(self, holder, limit):
        super().__init__(holder)
        self.limit = limit

    def authorize(self, amount):
        return amount <= self.limit

    @property
    def label(self):
        return f"card of {self.holder}"


class Wallet(PaymentMethod):
    def __init__(self, holder, balance):
        super().__init__(holder)
        self.balance = balance

    def authorize(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        return True

    @property
    def label(self):
        return f"wallet ({self.balance:.2f} left)"


class Broken(PaymentMethod):
    def authorize(self, amount):
        return True


methods = [Card("ana", 500), Wallet("ben", 60)]
for amount in (45, 30, 700):
    for m in methods:
        print(m.pay(amount))

for cls in (PaymentMethod, Broken):
    try:
        cls("x")
    except TypeError as e:
        print("TypeError:", e)
print(getattr(PaymentMethod.authorize, '__isabstractmethod__', False), getattr(Card.authorize, '__isabstractmethod__', False))
print(isinstance(methods[0], PaymentMethod), Card.__mro__[1].__name__)
