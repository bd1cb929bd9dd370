import sys

print("Enter items as 'name, qty, price'; blank line to finish.")
items = []
for lineno, line in enumerate(sys.stdin, 1):
    line = line.rstrip("\n")
    if not line.strip():
        break
    try:
        name, qty, price = (part.strip() for part in line.split(","))
        items.append((name, int(qty), float(price)))
    except ValueError as e:
        print(f"line {lineno}: skipped ({e})")
width = max(len(n) for n, _, _ in items)
print()
for name, qty, price in items:
    print(f"{name:<{width}}  {qty:>3} x {price:>6.2f} = {qty * price:>8.2f}")
subtotal = sum(q * p for _, q, p in items)
print(f"{'':<{width}}  {'subtotal':>21} {subtotal:>8.2f}")
rest = sys.stdin.read()
print("ignored after blank line:", rest.splitlines())
