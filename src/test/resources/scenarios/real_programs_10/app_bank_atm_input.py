PIN = "4321"
balance = 250.0

def ask(prompt):
    value = input(prompt)
    print(value)
    return value

tries = 0
while tries < 3:
    if ask("PIN: ") == PIN:
        break
    tries += 1
    print("wrong PIN, %d tries left" % (3 - tries))
else:
    print("card retained")
    raise SystemExit(2)

while True:
    choice = ask("1) balance 2) deposit 3) withdraw 4) quit > ")
    if choice == "1":
        print(f"balance: ${balance:,.2f}")
    elif choice in ("2", "3"):
        try:
            amount = float(ask("amount: "))
        except ValueError:
            print("not a number")
            continue
        if amount <= 0:
            print("must be positive")
        elif choice == "2":
            balance += amount
            print(f"deposited ${amount:,.2f}")
        elif amount > balance:
            print("insufficient funds")
        else:
            balance -= amount
            print(f"withdrew ${amount:,.2f}")
    elif choice == "4":
        print("bye")
        break
    else:
        print("invalid choice", repr(choice))
print(f"final balance ${balance:>10,.2f}")
