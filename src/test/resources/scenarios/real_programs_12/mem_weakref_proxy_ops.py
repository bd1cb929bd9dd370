import weakref


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __len__(self):
        return self.cents // 100

    def __str__(self):
        return f"${self.cents / 100:.2f}"

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents


wallet = Money(1250)
p = weakref.proxy(wallet)
print(str(p), len(p), p.cents)
print(str(p + Money(50)))
print(p == Money(1250), p < Money(2000))
p.cents = 999
print(wallet.cents, weakref.getweakrefcount(wallet))
print(type(p).__name__, isinstance(p, Money))
del wallet
try:
    str(p)
except ReferenceError as e:
    print("ReferenceError:", e)
