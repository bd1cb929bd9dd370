def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in (0, 5, 255, -42, 1000):
    print(f"{n:>5}: bin={to_base(n, 2):>11} oct={to_base(n, 8):>5} b36={to_base(n, 36):>4}",
          to_base(n, 2) == (bin(n).replace("0b", "")))
x = 0b1011_0110
print("popcount:", bin(x).count("1"), "lowest set:", x & -x, "clear lowest:", bin(x & (x - 1)))
print("is power of two:", [n for n in range(1, 70) if n & (n - 1) == 0])
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print("flags:", format(flags, "08b"), "bit3 set:", bool(flags >> 3 & 1))
flags ^= 1 << 3
print("toggled:", format(flags, "08b"), int("ff", 16), int("777", 8), int("z", 36))
print("gray codes:", [format(i ^ (i >> 1), "03b") for i in range(8)])
