import sys

print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60))
print(sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(None))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("abc"))
print(sys.getsizeof(b""), sys.getsizeof(b"xyz"))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]))
print(sys.getsizeof({}), sys.getsizeof({"a": 1}))
print(sys.getsizeof(set()), sys.getsizeof(frozenset({1})))
print(sys.getsizeof(range(100)), sys.getsizeof(object()))
print(sys.getsizeof(12, 99), sys.getsizeof("é"))
