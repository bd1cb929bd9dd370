import sys

a = "python"
b = "python"
print(a is b)
c = "hello world!"
d = "hello world!"
print(c == d)
e = "".join(["py", "thon"])
print(e is a, e == a)
f = sys.intern(e)
print(f is a)
names = ["user_" + str(i % 3) for i in range(6)]
print(names[0] is names[3], names[0] == names[3])
interned = [sys.intern(n) for n in names]
print(interned[0] is interned[3])
print(len(set(map(id, interned))), len(set(map(id, names))))
single = chr(97)
letter = "a"
folded = "a"[0]
print(single is folded, single is letter, folded is letter)
