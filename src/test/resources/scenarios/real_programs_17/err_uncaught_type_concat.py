# Building a receipt line: an int concatenated to a str in a helper, the error surfacing two calls up.
def money(cents):
    return "$" + str(cents // 100) + "." + str(cents % 100).zfill(2)


def line(item, qty, cents):
    return item.ljust(12) + " x" + qty + " " + money(cents * qty)


def receipt(items):
    out = []
    for item, qty, cents in items:
        out.append(line(item, str(qty), cents * 1))
    return "\n".join(out)


print(money(1999), money(5))
print(line("apple", "3", 45) if False else "skipping")
basket = [("apple", 3, 45), ("bread", 1, 250)]
print(receipt(basket))
