# int.to_bytes / int.from_bytes: byte order, sign, sizes of the results
import sys
for n in [0, 1, 255, 256, 65535, 2**40]:
    b = n.to_bytes(8, "big")
    print(n, b, n.to_bytes(8, "little").hex(), int.from_bytes(b, "big") == n, sys.getsizeof(b))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (5).to_bytes())
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x00\x10", byteorder="little"), int.from_bytes([1, 2], "big"))
print(int.from_bytes(b"", "big"), int.from_bytes(bytearray(b"\x01\x00"), "big"), bool.from_bytes(b"\x01", "big"))
big = int.from_bytes(b"\xff" * 20, "big")
print(big, sys.getsizeof(big), big.to_bytes(20, "big") == b"\xff" * 20)
for bad in [lambda: (1000).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
            lambda: int.from_bytes("ab", "big"), lambda: (-129).to_bytes(1, "big", signed=True), lambda: (5).to_bytes(-1, "big")]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
