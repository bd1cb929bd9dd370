import sys

print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60))
print(sys.getsizeof(1.0), sys.getsizeof(True), sys.getsizeof(None))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("abc"), sys.getsizeof("é"))
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2, 3]))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(set()), sys.getsizeof({1}))
lst = []
sizes = []
for i in range(20):
    lst.append(i)
    sizes.append(sys.getsizeof(lst))
print(sizes)
print(sys.getsizeof(range(10)), sys.getsizeof(b""), sys.getsizeof(b"abc"))
d = {}
prev = sys.getsizeof(d)
for i in range(12):
    d[i] = i
    if sys.getsizeof(d) != prev:
        print("resize at", i + 1, sys.getsizeof(d))
        prev = sys.getsizeof(d)
print(sys.getsizeof([i for i in range(10)]), sys.getsizeof(list(range(10))))
