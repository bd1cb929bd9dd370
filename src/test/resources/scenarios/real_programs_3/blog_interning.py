import sys

a = "python"
b = "python"
print(a is b)
c = "hello world"
d = "hello world"
print(c == d)
e = sys.intern("dynamic" + str(1))
f = sys.intern("dynamic" + str(1))
print(e is f)
x = -5
y = -5
print(x is y)
big1 = 1000
big2 = int("1000")
print(big1 == big2, big1 is big2)
print(id(None) == id(None))
nums = [i for i in range(-6, 258)]
cached = [n for n in nums if n is int(str(n))]
print(len(cached), cached[0], cached[-1])
