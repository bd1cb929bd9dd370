import sys
lst = []
sizes = []
for i in range(20):
    lst.append(i)
    sizes.append(sys.getsizeof(lst))
print(sizes)
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(3))))
d = {}
ds = []
for i in range(12):
    d[i] = i
    ds.append(sys.getsizeof(d))
print(ds)
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("é"), sys.getsizeof(0), sys.getsizeof(2**30), sys.getsizeof(2**60))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof(set()), sys.getsizeof({1,2,3,4,5}))
class P:
    pass
class S:
    __slots__ = ("x", "y")
print(sys.getsizeof(P()), sys.getsizeof(S()), sys.getsizeof(1.5))
