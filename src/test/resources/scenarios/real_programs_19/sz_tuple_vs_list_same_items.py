# The same items in a tuple and in a list: the tuple is smaller and never
# over-allocates.
import sys

for n in [0, 1, 2, 5, 10, 20]:
    data = list(range(n))
    t = tuple(data)
    appended = []
    for x in data:
        appended.append(x)
    print("n=%2d tuple=%3d list=%3d appended=%3d" % (n, sys.getsizeof(t), sys.getsizeof(data), sys.getsizeof(appended)))
print("list * 3:", sys.getsizeof([0] * 3))
print("list comprehension of 3:", sys.getsizeof([x for x in range(3)]))
print("[1, 2, 3]:", sys.getsizeof([1, 2, 3]))
print("the items are not included:", sys.getsizeof([10**100]) == sys.getsizeof([1]))
