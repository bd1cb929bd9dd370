# How a tuple, a list and a range of the same numbers compare in size,
# and how an int's size grows with its magnitude.
import sys

for n in (0, 1, 4, 16):
    nums = list(range(n))
    print(f"n={n:2} tuple={sys.getsizeof(tuple(nums)):4} list={sys.getsizeof(nums):4} range={sys.getsizeof(range(n))}")
for exp in (0, 29, 30, 59, 60, 89, 90, 1000):
    print(f"2**{exp:<4} {sys.getsizeof(2 ** exp)}")
print("negative:", sys.getsizeof(-(2 ** 40)), "zero:", sys.getsizeof(0), "bool:", sys.getsizeof(False))
print("float:", sys.getsizeof(1e300), "complex:", sys.getsizeof(3 + 4j))
total = sum(sys.getsizeof(i) for i in range(1000))
print("thousand small ints:", total)
print("the list holding them:", sys.getsizeof(list(range(1000))))
