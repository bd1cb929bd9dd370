import gc


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"balance cannot go negative ({value})")
        self.history.append(value - self._balance)
        self._balance = value

    def __str__(self):
        return f"#{self.id} {self.owner:<5} {self._balance:>8,}"


def transfer(src, dst, amount):
    try:
        src.balance -= amount
    except ValueError as err:
        print("refused:", err)
        return False
    else:
        dst.balance += amount
        return True
    finally:
        print(f"transfer {amount} {src.owner}->{dst.owner} attempted")


gc.collect()
a = Account("ana", 1200)
b = Account("ben", 300)
print(transfer(a, b, 500))
print(transfer(b, a, 5000))
print(a, b, sep="\n")
print("history:", a.history, b.history)
print("prop on class:", type(Account.balance).__name__)
try:
    a.balance = -1
except ValueError as e:
    print(type(e).__name__, e.args)
print("count:", gc.get_count())
