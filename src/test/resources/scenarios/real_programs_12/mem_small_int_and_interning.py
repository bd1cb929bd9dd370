import sys

a = int("256")
b = int("256")
print("256:", a is b)
c = int("257")
d = int("257")
print("257:", c is d, c == d)
e = int("-5")
f = int("-5")
print("-5:", e is f)
g = int("-6")
h = int("-6")
print("-6:", g is h)
s1 = "".join(["py", "thon"])
s2 = "python"
print("joined is literal:", s1 is s2, s1 == s2)
s3 = sys.intern(s1)
print("interned is literal:", s3 is s2)
names = [sys.intern("user_" + str(i % 3)) for i in range(9)]
print(len(set(map(id, names))), names[0] is names[3])
empty, letter = "", "a"
print("empty:", empty is str(), letter is chr(97))
t1 = tuple()
t2 = tuple([])
print("empty tuple shared:", t1 is t2)
nothing = b""
print(frozenset() is frozenset(), bytes() is nothing)
