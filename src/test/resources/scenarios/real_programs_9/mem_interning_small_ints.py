import sys

a = 256
b = 256
print(a is b)
c = int("257")
d = int("257")
print(c is d, c == d)
m5 = -5
print(m5 is int("-5"), -6 == int("-6"))
s1 = "hello"
s2 = "hel" + "lo"
print(s1 is s2)
s3 = "".join(["hel", "lo"])
print(s1 is s3, s1 == s3)
s4 = sys.intern(s3)
print(s4 is s1)
w1 = "hello world"
w2 = " ".join(["hello", "world"])
print(w1 == w2, w1 is w2, sys.intern(w2) is w1)
empty_t, empty_s = (), ""
print(empty_t is tuple(), empty_s is str(), frozenset() == frozenset())
print(True is bool(1), None is type(None)())
x = 10 ** 3
y = 1000
print(x == y)
print([i is j for i, j in zip(range(254, 259), range(254, 259))])
