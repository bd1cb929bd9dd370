import sys

for s in ["", "a", "ab", "abc" * 10, "é", "éé", "€", "😀", "a😀"]:
    print(f"{s[:8]!r:12} len={len(s):>3} size={sys.getsizeof(s)}")
print("bytes:", [sys.getsizeof(b) for b in (b"", b"x", b"xyz")])
print("bytearray:", sys.getsizeof(bytearray(b"abc")))
word = "x"
for n in (1, 10, 100, 1000):
    print(n, sys.getsizeof(word * n))
