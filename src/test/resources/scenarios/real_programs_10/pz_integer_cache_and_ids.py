import sys
def same(a, b):
    return a is b

for n in (-6, -5, 0, 100, 256, 257, 1000):
    x = int(str(n))
    y = int(str(n))
    print(f"{n:>5}: is={same(x, y)!s:<5} ==={x == y}")
print(sys.getrefcount(None) > 100, sys.getrefcount(True) > 10)
big = 10 ** 20
print(type(big).__name__, big.bit_length(), sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60))
print(sys.getsizeof(big), sys.getsizeof(-1), sys.getsizeof(True))
print(sys.maxsize == 2 ** 63 - 1, sys.int_info.bits_per_digit)
nums = list(range(250, 260))
copies = [int(str(v)) for v in nums]
print([a is b for a, b in zip(nums, copies)])
