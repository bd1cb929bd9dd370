# self.attr: T = value in a method assigns the attribute; the annotation is not evaluated in a function.
class Account:
    def __init__(self, owner):
        self.owner: str = owner
        self.balance: float = 0.0
        self.history: list = []

acc = Account("ann")
acc.balance += 10
print(acc.owner, acc.balance, acc.history)
