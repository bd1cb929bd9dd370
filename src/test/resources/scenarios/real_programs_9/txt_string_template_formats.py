from string import Template

invoice = Template("Dear $name,\nyour order #$order_id totals $$${total}.\n")
print(invoice.substitute(name="Ada", order_id=1042, total="19.99"))
t = Template("$who likes $what")
print(t.safe_substitute(who="Tim"))
try:
    t.substitute(who="Tim")
except KeyError as e:
    print("KeyError", e)
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
print("{:<10}|{:^7}|{:>8}".format("item", "qty", "cost"))
print("-" * 27)
for name, qty, price in rows:
    print("{:<10}|{:^7d}|{:>8.2f}".format(name, qty, qty * price))
print("%-10s|%7s|%8s" % ("total", sum(q for _, q, _ in rows), "%.2f" % sum(q * p for _, q, p in rows)))
print(f"{1234567.891:,.2f} {0.0456:.1%} {255:x} {255:08b} {-42:+d} {3.14159:e}")
print("{0}{1}{0}".format("ab", "-"), "{name!r:>8}".format(name="x"), "{:*^11}".format("mid"))
print(format(12345678, "_"), format(0.5, "g"), format(1e20, "g"), format(123, "n"))
