# printing a formatted table
rows = [("Apple", 1.5, 10), ("Banana", 0.25, 150), ("Cherry", 12.0, 3), ("Dragonfruit", 4.75, 0)]
header = f"{'Item':<12}|{'Price':>8}|{'Qty':>5}|{'Total':>9}"
print(header)
print("-" * len(header))
grand = 0
for name, price, qty in rows:
    total = price * qty
    grand += total
    flag = " *" if qty == 0 else ""
    print(f"{name:<12}|{price:>8.2f}|{qty:>5d}|{total:>9,.2f}{flag}")
print("=" * len(header))
print(f"{'Grand total':<27}{grand:>9,.2f}")
print("{:*^40}".format(" END "))
print("%-10s|%5.1f%%" % ("share", 12.345), "%05d" % 42, "%+.2e" % 12345.678)
w = max(len(r[0]) for r in rows)
for r in rows[:2]:
    print(r[0].rjust(w), str(r[2]).center(6, "."), repr(r[1]))
