items = [
    ("Widget, large", 3, 19.5, 0.0),
    ("Gadget", 12, 4.25, 0.1),
    ("Thingamajig deluxe edition", 1, 1299.99, 0.15),
    ("Bolt", 250, 0.035, 0.0),
    ("Spring (pack)", 7, 2.0, 0.05),
]
WIDTH = 64
print("=" * WIDTH)
print(f"{'INVOICE #2024-0042':^{WIDTH}}")
print(f"{'Customer:':<10}{'ACME Corp.':>{WIDTH - 10}}")
print("=" * WIDTH)
header = f"{'#':>2} {'Item':<22} {'Qty':>5} {'Unit':>10} {'Disc':>5} {'Total':>14}"
print(header)
print("-" * len(header))
subtotal = 0
for n, (name, qty, unit, disc) in enumerate(items, 1):
    name = name if len(name) <= 22 else name[:21] + "~"
    total = qty * unit * (1 - disc)
    subtotal += total
    print(f"{n:>2} {name:<22} {qty:>5,d} {unit:>10,.3f} {disc:>5.0%} {total:>14,.2f}")
print("-" * len(header))
tax = subtotal * 0.0725
for label, amount in (("Subtotal", subtotal), ("Tax 7.25%", tax), ("TOTAL", subtotal + tax)):
    print(f"{label:>47} {amount:>16,.2f}")
print()
print(f"{'spec':<10}|{'value':>20}|")
for spec in ("", "10", "<10", "^10", ">10", "*^10", "+", "08.2f", ",", "_", ".3e", ".4g", "%", "x", "X", "#o", "#b", "08b", "c"):
    value = 97 if spec in ("x", "X", "#o", "#b", "08b", "c", "", "10", "<10", "^10", ">10", "*^10", "+", ",", "_") else 1234.5678
    if spec in (",", "_"):
        value = 1234567
    print(f"{spec!r:<10}|{format(value, spec):>20}|")
print(f"{-42:=+8d}|{42:=+8d}|{-3.5:<+8.1f}|{3.5: 8.1f}|")
print(f"{'left':-<12}{'mid':=^12}{'right':.>12}")
print(f"{3.14159:{'>'}{10}.{3}f}", f"{'nested':{'^'}{12}}")
print("{0:>6}|{1:<6}|{0:^6}|{name!r}".format("ab", "cd", name="x"))
print("%-8s|%8.3f|%05d|%x|%r" % ("pct", 2.5, 42, 255, "s"))
print("{:,.2f} {:.1%} {:e}".format(9876543.21, 0.4567, 0.000123))
print(format(True, "d"), format(True, ">5"), f"{True!s:>6}", f"{None!r:^8}|")
