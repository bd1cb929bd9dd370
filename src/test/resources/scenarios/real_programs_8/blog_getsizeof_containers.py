import sys

print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2, 3]))
lst = []
last = sys.getsizeof(lst)
print(0, last)
for i in range(20):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != last:
        print(len(lst), size)
        last = size
print(sys.getsizeof(()), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(dict.fromkeys(range(6))))
print(sys.getsizeof(set()), sys.getsizeof({1, 2, 3, 4, 5}))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("hello"), sys.getsizeof("é"))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 100))
print(sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(None), sys.getsizeof(b"abc"))
print(sys.getsizeof(range(100)), sys.getsizeof([0] * 100), sys.getsizeof(list(range(100))))
print(sys.getsizeof([x for x in range(100)]))
