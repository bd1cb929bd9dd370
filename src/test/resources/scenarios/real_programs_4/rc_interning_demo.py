import sys

a = "hello"
b = "hello"
print(a is b)
c = "hello world!"
d = "hello world!"
print(c == d)
e = "".join(["hel", "lo"])
print(e == a, e is a)
f = sys.intern(e)
print(f is a)
names = ["x", "y", "x"]
print(names[0] is names[2])
key = "user_" + str(42)
interned = sys.intern(key)
print(interned is sys.intern("user_42"), interned == key)
print(len("a" * 50) == 50)
