def bits(n, width=8):
    return format(n & ((1 << width) - 1), f"0{width}b")


for n in (0, 5, 42, 255, -1, -42):
    print(f"{n:>4} -> {bits(n)}  popcount {bits(n).count('1')}  bit_length {n.bit_length()}")
x = 0b1011_0110
print("set bit 0:", bits(x | 1), "clear bit 2:", bits(x & ~(1 << 2)), "toggle top:", bits(x ^ 0x80))
print("lowest set bit:", x & -x, "is power of two:", [k for k in range(1, 70) if k & (k - 1) == 0])
print("shifts:", 1 << 10, 1024 >> 3, -17 >> 2, -17 // 4, (-17) % 4)
print("hex/oct/bin:", hex(48879)[2:], oct(8), bin(10), int("ff", 16), int("0o17", 0), int("0b101", 0), int("z", 36))
print("bit_count:", (255).bit_count(), (-7).bit_count(), "to_bytes:", (1025).to_bytes(2, "big"), (1025).to_bytes(2, "little"))
print("from_bytes:", int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xfe", "big", signed=True))


def gray(n):
    return n ^ (n >> 1)


print("gray codes:", [bits(gray(i), 3) for i in range(8)])


def parity(data):
    p = 0
    for byte in data:
        p ^= byte
    return p


def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def crc8(data, poly=0x07):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


for text in (b"abcde", b"Wikipedia", b"hello world"):
    print(f"{text!r:>16} xor={parity(text):02x} fletcher16={fletcher16(text):04x} adler32={adler32(text):08x} crc8={crc8(text):02x}")

READ, WRITE, EXEC = 4, 2, 1


def mode_string(mode):
    out = ""
    for shift in (6, 3, 0):
        part = (mode >> shift) & 7
        out += ("r" if part & READ else "-") + ("w" if part & WRITE else "-") + ("x" if part & EXEC else "-")
    return out


for mode in (0o755, 0o644, 0o600, 0o777):
    print(oct(mode), mode_string(mode))
mask = 0
for flag in (1, 4, 16):
    mask |= flag
print("mask:", mask, [f for f in (1, 2, 4, 8, 16) if mask & f], "swap nibbles:", format(((0xAB & 0x0F) << 4) | (0xAB >> 4), "x"))
a, b = 12, 30
a ^= b
b ^= a
a ^= b
print("xor swap:", a, b, "single number:", parity([3, 5, 3, 9, 5]))
