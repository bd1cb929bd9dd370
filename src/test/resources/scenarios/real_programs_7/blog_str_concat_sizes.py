import sys

s = ""
sizes = []
for ch in "abcdefghij":
    s += ch
    sizes.append(sys.getsizeof(s))
print(sizes)
print(sys.getsizeof(""), sys.getsizeof("a" * 100))
print(sys.getsizeof("é"), sys.getsizeof("é" * 10))
print(sys.getsizeof("€"), sys.getsizeof("€" * 10))
print(sys.getsizeof("🐍"), sys.getsizeof("🐍" * 10))
parts = [str(i) for i in range(10)]
joined = "".join(parts)
print(joined, sys.getsizeof(joined), sys.getsizeof(parts))
