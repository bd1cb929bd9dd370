MENU = {"coffee": 2.50, "tea": 1.75, "bagel": 3.00, "muffin": 2.25}
order = {}
print("Menu:", ", ".join(f"{k} ${v:.2f}" for k, v in MENU.items()))
while True:
    try:
        entry = input("item qty (blank to finish): ").strip().lower()
    except EOFError:
        break
    if not entry:
        break
    try:
        name, qty = entry.rsplit(" ", 1)
        qty = int(qty)
    except ValueError:
        print(f"  could not read {entry!r}")
        continue
    if name not in MENU:
        print(f"  no {name} today")
        continue
    order[name] = order.get(name, 0) + qty
subtotal = sum(MENU[k] * q for k, q in order.items())
for k, q in sorted(order.items()):
    print(f"{q:>3} x {k:<8}{MENU[k] * q:>7.2f}")
tax = round(subtotal * 0.08, 2)
print(f"subtotal {subtotal:.2f} tax {tax:.2f} total {subtotal + tax:.2f}")
