import array
import sys

a = array.array("i", range(10))
print(a, a.itemsize, a.typecode, len(a), a[3], a[-2:])
a.append(42)
a.extend([7, 8])
print(a.tolist()[-4:], a.count(7), a.index(42))
a.reverse()
print(a[:4])
f = array.array("d", [1.5, 2.25])
f.insert(0, -1.0)
print(f, sum(f), f.pop(), f)
b = array.array("b", [1, 2, 3])
try:
    b.append(300)
except OverflowError as e:
    print("OverflowError:", e)
try:
    array.array("i", [1.5])
except TypeError as e:
    print("TypeError:", e)
big_list = list(range(1000))
big_arr = array.array("i", range(1000))
print(sys.getsizeof(big_arr) < sys.getsizeof(big_list))
print(array.array("B", b"\x01\x02").tobytes())
print(a == array.array("i", reversed(a)), array.array("i") == array.array("i"))
