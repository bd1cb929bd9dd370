# A formatted report: str.format alignment, % formatting, f-string specs and repr tables side by side.
sales = [
    ("North", "Ana", 12500.5, 0.152),
    ("South", "Bo", 8300.0, -0.034),
    ("East", "Chidi", 15999.999, 0.3),
    ("West", "Dee", 0.0, 0.0),
]
header = "{:<6} {:<6} {:>12} {:>8}".format("region", "rep", "revenue", "growth")
print(header)
print("=" * len(header))
for region, rep, revenue, growth in sales:
    print("{:<6} {:<6} {:>12,.2f} {:>+8.1%}".format(region, rep, revenue, growth))
total = sum(r[2] for r in sales)
print("{:<13} {:>12,.2f}".format("total", total))
print()
print("%-6s %-6s %12s %8s" % ("region", "rep", "revenue", "growth"))
for region, rep, revenue, growth in sales:
    print("%-6s %-6s %12.2f %+7.1f%%" % (region, rep, revenue, growth * 100))
print()
for row in sales:
    print(" | ".join(f"{v!r:>10}" for v in row))
print()
width = max(len(r[1]) for r in sales)
for region, rep, revenue, _ in sorted(sales, key=lambda r: r[2], reverse=True):
    bar = "#" * int(revenue // 1000)
    print(f"{rep:>{width}} {bar:<16}| {revenue:>9.1f}")
print(f"{'centered':^20}|", f"{'right':>10}|", f"{'left':<10}|", f"{42:^+9d}|", f"{3.14159:^12.3f}|")
print("{0!r} {0!s} {0!a}".format("naïve"), "{:{fill}{align}10}".format("x", fill="~", align="^"))
print("{:,}".format(10 ** 9), "{:_b}".format(255), "{:.3}".format("abcdef"), "{:>8.3}".format(2 / 3))
data = {"name": "Widget", "price": 9.5, "tags": ["a", "b"]}
print("{name} costs {price:.2f} ({tags[0]}/{tags[1]})".format(**data))
print("%(name)s: %(price)08.3f" % data)
