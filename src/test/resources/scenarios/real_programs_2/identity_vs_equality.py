import sys
a = [1, 2, 3]
b = a
c = list(a)
print(a == c, a is c, a is b)
x = 256
y = 256
print(x is y)
s1 = "hello"
s2 = "hel" + "lo"
print(s1 == s2, s1 is s2)
print(None is None, type(None))
t1 = (1, 2)
t2 = tuple([1, 2])
print(t1 == t2, id(a) == id(b))
print(sys.getrefcount(a))
