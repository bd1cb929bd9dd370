# sys.getsizeof(bytes) is 33 + len: header, cached hash and the trailing NUL
import sys
for n in [0, 1, 2, 10, 100, 1000]:
    b = bytes(n)
    print(n, sys.getsizeof(b), sys.getsizeof(b"x" * n))
text = "memory"
print(sys.getsizeof(text), sys.getsizeof(text.encode()))
accented = "café"
print(sys.getsizeof(accented), sys.getsizeof(accented.encode()), len(accented), len(accented.encode()))
euro = "€€€"
print(sys.getsizeof(euro), sys.getsizeof(euro.encode()), len(euro.encode()))
print(sys.getsizeof(bytes([1, 2, 3])), sys.getsizeof(bytes(range(50))), sys.getsizeof(b"ab" + b"cd"))
