import sys

s = ""
sizes = []
for i in range(6):
    s += "ab"
    sizes.append(sys.getsizeof(s))
print(sizes)
parts = ["word"] * 5
joined = " ".join(parts)
print(len(joined), sys.getsizeof(joined))
print(sys.getsizeof("a" * 100) - sys.getsizeof(""))
print(sys.getsizeof("α" * 100) - sys.getsizeof("α"))
lines = [f"line {i}" for i in range(3)]
print([sys.getsizeof(l) for l in lines])
b = s.encode()
print(len(b), sys.getsizeof(b))
