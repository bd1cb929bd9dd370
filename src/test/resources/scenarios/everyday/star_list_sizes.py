# [*a, b] is BUILD_LIST 0, LIST_EXTEND a, LIST_APPEND b: the list is sized by list_extend's growth.
import sys

for n in range(0, 10):
    a = list(range(n))
    print(n, sys.getsizeof([*a]), sys.getsizeof([*a, 1]), sys.getsizeof([0, *a]), sys.getsizeof([0, 1, 2, *a]),
          sys.getsizeof([*a, *a]), sys.getsizeof([*a, 0, *a]))
print(sys.getsizeof([*"hello"]), sys.getsizeof([*range(7)]), sys.getsizeof([*(1, 2, 3)]), sys.getsizeof([*{1: 2, 3: 4}]))
