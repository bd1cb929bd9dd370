# (*a, b) builds a list and turns it into a tuple (the list is freed); {*a, 1} adds each item.
import gc
import sys

a = [3, 1, 2]
b = (7, 8)
t = (*a, *b, 9)
print(t, sys.getsizeof(t), gc.is_tracked(t))
print(sys.getsizeof((*a,)), sys.getsizeof((*b,)), (*b,) == b)
s = {*a, 5}
print(sorted(s), sys.getsizeof(s), sys.getsizeof({*range(5)}), sys.getsizeof({*range(5), *range(5)}))
print(sys.getsizeof({*{1, 2, 3}}), sys.getsizeof({0, *{1, 2, 3}}), sys.getsizeof({*{1: 'a', 2: 'b'}}))
print(sys.getsizeof({*range(20)}), sys.getsizeof({1, 2, *range(20)}))
empty = ()
print((*empty,) is empty, [*empty], {*empty})
