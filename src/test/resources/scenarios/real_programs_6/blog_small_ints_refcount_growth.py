import sys

values = [12345678, 3.25, "hello world!", (1, 2.0)]
for v in values:
    base = sys.getrefcount(v)
    holder = [v] * 10
    print(type(v).__name__, sys.getrefcount(v) - base)
    del holder
x = 1000
y = x
z = [x, x]
print(sys.getrefcount(x) >= 5)
big = 10 ** 20
print(sys.getrefcount(big))
copies = [big for _ in range(4)]
print(sys.getrefcount(big))
