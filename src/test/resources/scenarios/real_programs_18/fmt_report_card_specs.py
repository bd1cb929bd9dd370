# Formatting a report card with format specs, str.format and % formatting.
students = [("Ana Lima", 93.456, 12), ("Bo", 78.0, 3), ("Christopher Long", 100, 0), ("Di", 59.94, 27)]
print(f"{'Name':<12}|{'Score':>8}|{'Absent':^8}|")
print("-" * 31)
for name, score, absent in students:
    short = name if len(name) <= 12 else name[:11] + "…"
    print(f"{short:<12}|{score:>8.2f}|{absent:^8d}|")
print("{:=^31}".format(" totals "))
total = sum(s for _, s, _ in students)
print("sum {0:.1f} mean {1:.3f} max {2}".format(total, total / len(students), max(s for _, s, _ in students)))
print("%-10s %6.2f %3d%%" % ("percent", 99.5, 7))
print("%5s|%-5s|%05d|%+.1e|%x|%o|%c" % ("ab", "cd", 42, 12345.678, 255, 8, 65))
for v in [0, 1234567.891, -0.5, 1e-7, 12.0]:
    print(f"{v:,.2f} | {v:>12.4g} | {v:e} | {v:.0%} | {v!r}")
print(f"{42:b} {42:#b} {42:o} {42:#X} {42:08.3f} {-42:+d} {42: d}")
print(f"{'left':*<10}{'mid':-^9}{'right':.>10}")
name, width = "pad", 9
print(f"[{name:>{width}}] [{name:^{width}}] [{3.14159:.{width - 5}f}]")
print("{0}{1}{0}".format("ab", "-"), "{name} is {age}".format(name="Ed", age=30))
print(format(1234.5, ","), format(0.125, ".1%"), format(7, "03"), str(1/3), repr(2/3), round(2.675, 2))
