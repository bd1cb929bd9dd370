import sys

for n in (0, 1, 2**30 - 1, 2**30, 2**60, 2**90, -(2**64), 10**100):
    print(f"{n.bit_length():>4} bits -> {sys.getsizeof(n)} bytes")
print(sys.getsizeof(1.0), sys.getsizeof(1e300), sys.getsizeof(1j))
print(sys.getsizeof(True), sys.getsizeof(None))
print(sys.getsizeof(range(10)), sys.getsizeof(range(10**6)))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([None] * 10))
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(5))))
