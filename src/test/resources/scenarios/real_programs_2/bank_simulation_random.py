import random
random.seed(99)
class Account:
    def __init__(self, id_):
        self.id = id_
        self.balance = 100
        self.history = []
    def apply(self, amount):
        if self.balance + amount < 0:
            self.history.append(("rejected", amount))
            return False
        self.balance += amount
        self.history.append(("ok", amount))
        return True
accounts = [Account(i) for i in range(3)]
for _ in range(15):
    acc = random.choice(accounts)
    acc.apply(random.randint(-80, 60))
for a in accounts:
    ok = sum(1 for s, _ in a.history if s == "ok")
    print(a.id, a.balance, ok, len(a.history) - ok)
