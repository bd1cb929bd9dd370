NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError("out of range: %d" % n)
    out = []
    for value, sym in NUMERALS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
try:
    to_roman(0)
except ValueError as e:
    print(e)
for n in (0, 5, 255, 1023, 2 ** 20 + 7):
    print(n, bin(n), oct(n), format(n, "x"), n.bit_length(), bin(n).count("1"), f"{n:>012b}")
print(int("ff", 16), int("0b101", 0), int("777", 8), 0b1010 ^ 0b0110, ~5, -7 >> 1, 1 << 10)
x = 0b10110100
print(x & -x, x & (x - 1), (x >> 2) & 1, x | 0b11)
