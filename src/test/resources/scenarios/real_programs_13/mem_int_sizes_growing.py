import sys

print("small values:", [sys.getsizeof(v) for v in (0, 1, -1, 255, 2**29)])
prev = None
for bits in range(0, 301, 30):
    value = 2 ** bits
    size = sys.getsizeof(value)
    marker = "" if size == prev else " <- grew"
    print(f"2**{bits:<3} digits={len(str(value)):3} size={size}{marker}")
    prev = size
print("negative same as positive:", sys.getsizeof(-(2**100)) == sys.getsizeof(2**100))
print("bool sizes:", sys.getsizeof(True), sys.getsizeof(False))
factorial = 1
for k in range(1, 51):
    factorial *= k
print("50! bit length:", factorial.bit_length(), "size:", sys.getsizeof(factorial))
