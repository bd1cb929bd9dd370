class InsufficientFunds(Exception):
    pass

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def _record(self, kind, signed):
        self.balance += signed
        self.history.append((kind, abs(signed)))

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._record("deposit", amount)

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"balance {self.balance}, asked {amount}")
        self._record("withdraw", -amount)

def main():
    acct = Account(input("Name: ").strip().title(), 100)
    print(f"Welcome {acct.owner}")
    while True:
        choice = input("[d]eposit [w]ithdraw [b]alance [q]uit: ").strip().lower()
        if choice == "q":
            break
        if choice == "b":
            print(f"Balance: {acct.balance:.2f}")
            continue
        try:
            amount = float(input("Amount: "))
            if choice == "d":
                acct.deposit(amount)
            elif choice == "w":
                acct.withdraw(amount)
            else:
                print("unknown option", repr(choice))
        except ValueError as e:
            print("Invalid:", e)
        except InsufficientFunds as e:
            print("Denied:", e)
    for kind, amount in acct.history:
        print(f"{kind:<9}{amount:>8.2f}")
    print("Goodbye, final balance", acct.balance)

if __name__ == "__main__":
    main()
