# sizes of containers as they grow (blog)
import sys

d = {}
last = sys.getsizeof(d)
print("empty dict", last)
for i in range(12):
    d[i] = i
    s = sys.getsizeof(d)
    if s != last:
        print(f"{len(d)} keys -> {s} bytes")
        last = s
st = set()
print("empty set", sys.getsizeof(st))
for i in range(6):
    st.add(i)
print("set of 6", sys.getsizeof(st))
print("tuple sizes", [sys.getsizeof(tuple(range(n))) for n in range(4)])
print("strings", [sys.getsizeof("x" * n) for n in (0, 1, 10, 100)])
print("ints", [sys.getsizeof(n) for n in (0, 1, 2**15, 2**30, 2**60, 2**90)])
print("list comp", sys.getsizeof([i for i in range(10)]), sys.getsizeof(list(range(10))))
print("range", sys.getsizeof(range(100)), "float", sys.getsizeof(1.5))
