import sys

print("list appends:")
lst, last = [], sys.getsizeof([])
print(f"  len  0 size {last}")
for i in range(20):
    lst.append(i)
    s = sys.getsizeof(lst)
    if s != last:
        print(f"  len {len(lst):2d} size {s}")
        last = s
print("dict inserts:")
d, last = {}, sys.getsizeof({})
for i in range(24):
    d[i] = i
    s = sys.getsizeof(d)
    if s != last:
        print(f"  len {len(d):2d} size {s}")
        last = s
print("set adds:")
st, last = set(), sys.getsizeof(set())
for i in range(40):
    st.add(i)
    s = sys.getsizeof(st)
    if s != last:
        print(f"  len {len(st):2d} size {s}")
        last = s
print([sys.getsizeof(x) for x in (0, 1, 2**30, 2**60, 2**90, -1)])
print([sys.getsizeof(x) for x in ("", "a", "ab", "é", "€", "😀", b"", b"ab")])
print([sys.getsizeof(x) for x in ((), (1,), (1, 2), 1.5, None, True, 1j)])
print(sys.getsizeof(list(range(10))), sys.getsizeof([i for i in range(10)]), sys.getsizeof([0] * 10))
