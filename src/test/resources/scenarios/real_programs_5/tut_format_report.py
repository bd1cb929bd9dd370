rows = [
    ("Widget", 4, 3.5, 0.10),
    ("Gadget, large", 12, 19.99, 0.0),
    ("Doohickey", 1, 1250.0, 0.25),
    ("Thingamajig", 250, 0.042, 0.05),
]

print(f"{'Item':<16}|{'Qty':>5}|{'Price':>10}|{'Disc':>6}|{'Total':>12}")
print("-" * 16 + "+" + "-" * 5 + "+" + "-" * 10 + "+" + "-" * 6 + "+" + "-" * 12)
grand = 0
for name, qty, price, disc in rows:
    total = qty * price * (1 - disc)
    grand += total
    print(f"{name:<16.16}|{qty:>5d}|{price:>10,.2f}|{disc:>6.0%}|{total:>12,.2f}")
print(f"{'TOTAL':>39}{grand:>12,.2f}")
print()

print("{:^30}".format(" Summary "))
print("{0:*^30}".format(""))
print("{name} bought {count} items for {amount:.2f}".format(name="Ana", count=3, amount=9.5))
print("{0}{1}{0}".format("ab", "cd"))
print("{:+d} {:+d} {: d} {: d}".format(5, -5, 5, -5))
print("{:08.3f} | {:e} | {:.3g} | {:g}".format(3.14159, 123456.789, 0.000123456, 1e20))
print("{:x} {:X} {:#X} {:o} {:#o} {:b} {:#010b}".format(255, 255, 255, 8, 8, 5, 5))
print("{:,} {:_} {:_x}".format(1234567, 1234567, 0xFFFFFFF))
print("%s scored %d%% (%.1f/%d)" % ("Ben", 87, 43.5, 50))
print("%-10s|%10s|" % ("left", "right"))
print("%05d %+.2e %x %o %c" % (42, 12345.678, 255, 8, 65))
print("%(name)s is %(age)d years" % {"name": "Cleo", "age": 31})
print("%r vs %s" % ("text", "text"))
value = 1234.5678
for spec in [".0f", ".1f", "10.2f", "<10.2f", "^10.2f", "=+10.2f", ",.3f", ".2%", "e"]:
    print(f"{spec:>8}: [{value:{spec}}]")
width = 12
print(f"[{'dyn':>{width}}] [{'x':{'*'}^{width // 2}}]")
from datetime import date
print(f"{date(2024, 3, 9):%d/%m/%Y} {date(2024, 3, 9):%A %B}")
print(f"{'nested'!r:>12} {3.0!s:>5} {10/3=:.3f}")
