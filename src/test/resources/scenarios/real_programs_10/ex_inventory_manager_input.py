import sys

inventory = {}

def handle(line):
    parts = line.strip().split()
    if not parts:
        return
    cmd, *args = parts
    if cmd == "add":
        name, qty, price = args[0], int(args[1]), float(args[2])
        item = inventory.setdefault(name, {"qty": 0, "price": price})
        item["qty"] += qty
        item["price"] = price
        print(f"added {qty} {name}")
    elif cmd == "sell":
        name, qty = args[0], int(args[1])
        if name not in inventory:
            print(f"no such item: {name}", file=sys.stderr)
            return
        if inventory[name]["qty"] < qty:
            print(f"only {inventory[name]['qty']} {name} left")
            return
        inventory[name]["qty"] -= qty
        print(f"sold {qty} {name} for {qty * inventory[name]['price']:.2f}")
    elif cmd == "report":
        total = 0
        for name in sorted(inventory):
            item = inventory[name]
            value = item["qty"] * item["price"]
            total += value
            print(f"{name:<10}{item['qty']:>5}{item['price']:>8.2f}{value:>10.2f}")
        print(f"{'TOTAL':<10}{'':>13}{total:>10.2f}")
    else:
        raise ValueError(f"unknown command {cmd!r}")

n = int(input())
for _ in range(n):
    handle(input())
print("done")
