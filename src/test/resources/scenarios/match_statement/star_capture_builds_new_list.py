# [first, *rest] makes a new list for rest (UNPACK_EX); the subject is not changed.
import sys
nums = [10, 20, 30, 40]
match nums:
    case [first, *rest]:
        print(first, rest, rest is nums, sys.getsizeof(rest), sys.getrefcount(rest))
match nums:
    case [*init, last]:
        print(init, last, sys.getsizeof(init))
match (1, 2, 3, 4, 5):
    case (a, *mid, b):
        print(a, mid, b, type(mid).__name__)
match []:
    case [*empty]:
        print(empty, sys.getsizeof(empty))
