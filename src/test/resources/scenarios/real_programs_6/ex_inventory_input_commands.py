stock = {}
log = []
while True:
    try:
        cmd = input().split()
    except EOFError:
        break
    if not cmd:
        continue
    op, *rest = cmd
    if op == "add":
        name, qty = rest[0], int(rest[1])
        stock[name] = stock.get(name, 0) + qty
    elif op == "sell":
        name, qty = rest[0], int(rest[1])
        have = stock.get(name, 0)
        if qty > have:
            log.append(f"cannot sell {qty} {name}, only {have}")
            continue
        stock[name] = have - qty
        if stock[name] == 0:
            del stock[name]
    elif op == "show":
        for name in sorted(stock):
            print(f"{name:>8}: {stock[name]:3d}")
    else:
        log.append(f"unknown command {op!r}")
print("errors:")
print(*log, sep="\n")
print("items:", len(stock), "units:", sum(stock.values()))
