import sys

a = 256
b = 256
print(a is b)
c = int("257")
d = int("257")
print(c is d, c == d)
print(sys.getrefcount(None) > 1000)
print(sys.getrefcount(True) > 100)
x = 10 ** 20
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
s = "hello"
t = "hello"
print(s is t)
u = "".join(["hel", "lo"])
print(u == s, u is s)
print(sys.intern(u) is s)
print(id(a) == id(b))
