def to_base(n, base):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in (0, 5, 255, -42, 1000, 2**20):
    print(f"{n:>8} bin={to_base(n, 2):>22} oct={to_base(n, 8):>8} hex={to_base(n, 16):>6} b36={to_base(n, 36)}")
    assert to_base(n, 2) == (bin(n).replace("0b", "")), n

print(int("ff", 16), int("0b1011", 0), int("777", 8), int("zz", 36), int("  -12  "))
print(bin(10), oct(64), hex(3054).upper(), hex(-1).upper())
for bad in ["12g", "1_", ""]:
    try:
        print(int(bad, 16))
    except ValueError as e:
        print("ValueError:", e)

flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(f"{flags:03b}", bool(flags & WRITE), bool(flags & EXEC))
flags ^= EXEC
print(f"{flags:03b}", flags & ~READ)
print([i for i in range(20) if i & (i - 1) == 0 and i])
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print(popcount(255), popcount(2**40 - 1), (2**40 - 1).bit_length(), bin(1234).count("1"))
print(7 << 3, 1000 >> 4, -17 >> 2, -17 // 4, ~5)
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
gray = [i ^ (i >> 1) for i in range(8)]
print([f"{g:03b}" for g in gray])
