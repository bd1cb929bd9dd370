# Slices compare as the tuples of their bounds; 3.11 cannot hash them; copy.copy returns the same
# slice and copy.deepcopy builds a new one through slice's __reduce__.
import copy
import gc
import sys

a = slice(1, 5)
b = slice(1, 5)
c = slice(1, 6)
print(a == b, a is b, a != c, a < c, c >= a, a <= a, a < a)
print(slice(None) == slice(None, None, None), slice(1) == slice(None, 1))
print(sorted([slice(3, 4), slice(1, 9), slice(1, 2)]))
print(a == (1, 5, None), a == 5)
try:
    a < 3
except TypeError as err:
    print("TypeError:", err)
try:
    {a: "first five"}
except TypeError as err:
    print("TypeError:", err)
try:
    hash(b)
except TypeError as err:
    print("TypeError:", err)
prices = {"tea": 3}
try:
    prices[1:2]
except TypeError as err:
    print("TypeError:", err)
print(list[1:2])

gc.collect()
before = gc.get_count()
same = a == b
after = gc.get_count()
print("== made", after[0] - before[0] - 1)

bounds = [0, 1]
s = slice(bounds, 10, 2)
shallow = copy.copy(s)
print(shallow is s, sys.getrefcount(s))
gc.collect()
before = gc.get_count()
deep = copy.deepcopy(s)
after = gc.get_count()
print("deepcopy made", after[0] - before[0] - 1)
print(deep, deep is s, deep == s, deep.start is bounds, deep.stop is s.stop)
print(sys.getrefcount(bounds))
