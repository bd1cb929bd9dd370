def withdraw(balance, amount):
    assert amount > 0, "amount must be positive"
    if amount > balance:
        raise ValueError(f"insufficient: {balance} < {amount}")
    return balance - amount
print(withdraw(10, 3))
for a in (-1, 50):
    try:
        withdraw(10, a)
    except (AssertionError, ValueError) as e:
        print(type(e).__name__, e)
