# f-string format specs: fill, align, sign, width, grouping, precision and types.
n = 1234567.891
i = 255
print(f"{n:,.2f}|{n:_.1f}|{n:e}|{n:.3g}|{n:15.2f}|")
print(f"{i:x}|{i:#X}|{i:b}|{i:#o}|{i:08d}|{i:+}|{-i: d}")
print(f"{'ab':*^8}|{'ab':>5}|{'ab':<5}|{0.5:.0%}|{2.5:.0f}|{3.5:.0f}")
print(f"{True}|{None}|{1e16}|{1e-5}|{0.1 + 0.2}")
