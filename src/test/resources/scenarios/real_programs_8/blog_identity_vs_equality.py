a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c)
print(None is None, type(None).__name__)
x = 256
y = 256
print(x is y)
n = int("257")
m = int("257")
print(n == m, n is m)
s1 = "hello"
s2 = "hel" + "lo"
print(s1 == s2, s1 is s2)
s3 = "".join(["hel", "lo"])
print(s1 == s3, s1 is s3)
e1 = ()
e2 = tuple()
print(e1 is e2)
f1 = frozenset()
print(f1 == frozenset(), True is (1 == 1))
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], nan in [nan])
