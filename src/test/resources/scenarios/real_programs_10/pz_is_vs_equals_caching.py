a = 256
b = 256
print(a is b)
c = int("257")
d = int("257")
print(c == d, c is d)
print(int("-5") is int("-5"), int("-6") is int("-6"))
x = [1, 2]
y = [1, 2]
print(x == y, x is y)
z = x
print(z is x)
s1 = "hello"
s2 = "hel" + "lo"
print(s1 == s2, s1 is s2)
s3 = "".join(["hel", "lo"])
print(s1 == s3, s1 is s3)
import sys
s4 = sys.intern(s3)
print(s4 is s1)
print(None is None, (lambda: None)() is None)
t1 = ()
t2 = tuple()
print(t1 is t2)
one, true = 1, True
print(1 == 1.0, one is true, True == 1)
print(float("nan") == float("nan"))
n = float("nan")
print(n == n, [n] == [n], n in [n])
