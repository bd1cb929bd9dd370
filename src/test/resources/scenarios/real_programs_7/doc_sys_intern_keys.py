import sys

def make(prefix, n):
    return "".join([prefix, str(n)])

a = make("user_", 42)
b = make("user_", 42)
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia is a)
table = {}
for i in range(3):
    key = sys.intern(make("k", i % 2))
    table.setdefault(key, []).append(i)
print(table)
x = "hello_world"
y = "hello_world"
print("identical literals share one object:", x is y)
