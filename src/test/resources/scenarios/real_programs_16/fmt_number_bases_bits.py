# Number bases and bits: bin/oct/hex, int(s, base), format specs, bit tricks, a conversion table.
def to_base(n, b):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


print(f"{'dec':>5} {'bin':>10} {'oct':>5} {'hex':>4} {'b36':>4}")
for n in (0, 7, 10, 42, 255, 1000):
    print(f"{n:>5} {n:>10b} {n:>5o} {n:>4X} {to_base(n, 36):>4}")
print(bin(42), oct(42), hex(255).upper(), bin(-5), hex(-255).upper())
print(int("101010", 2), int("ff", 16), int("0x1F", 16), int("z", 36), int("0b111", 0), int(" 12 "))
print(f"{42:#b} {42:#o} {42:#X} {42:08b} {3:>4b}|{-42:b} {1234567:_x}")
print(to_base(-255, 16), to_base(255, 2), all(int(to_base(n, 7), 7) == n for n in range(200)))
x = 0b10110100
print(x.bit_length(), x.bit_count(), x & -x, x >> 2, x << 3, ~x, x ^ 0xFF)
print([i for i in range(8) if x >> i & 1], (x & (x - 1)) == 0, (64 & 63) == 0)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(f"{flags:08b}", flags & (1 << 3) != 0, f"{flags & ~(1 << 3):08b}")
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "little").hex())
print(chr(0x41), ord("€"), hex(ord("€")).upper(), "\u00e9", "%c%c" % (72, 105))
print(f"{0.1:.20f}", 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, (0.1).as_integer_ratio())
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2))
print(divmod(-7, 2), -7 // 2, -7 % 2, pow(3, 200, 1000), pow(2, -1), 7 / 2, 2 ** 100)
print(float("inf") > 10 ** 300, float("1e-3"), 1e16, 1e15, 123456789.0 * 10, 1 / 3)
