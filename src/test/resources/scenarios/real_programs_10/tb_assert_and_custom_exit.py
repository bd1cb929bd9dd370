import sys

def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    if amount > balance:
        raise ValueError("insufficient funds")
    return balance - amount

print(withdraw(100, 30))
try:
    withdraw(100, -5)
except AssertionError as e:
    print("AssertionError:", e)
try:
    withdraw(10, 50)
except ValueError as e:
    print("ValueError:", e, file=sys.stderr)

class ExitApp(SystemExit):
    pass

def main(argv):
    print("args:", argv)
    if len(argv) < 2:
        print("usage: prog NAME", file=sys.stderr)
        raise ExitApp(2)
    return 0

try:
    main(["prog"])
except SystemExit as e:
    print("exit code", e.code, type(e).__name__)
print(sys.argv[0].endswith(".py"))
assert withdraw(5, 5) == 0
assert 1 + 1 == 3, "math is broken"
