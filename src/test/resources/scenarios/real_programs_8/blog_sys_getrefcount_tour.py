import sys

a = []
print("fresh list:", sys.getrefcount(a))
b = a
print("after alias:", sys.getrefcount(a))
container = [a, a, a]
print("in a list 3x:", sys.getrefcount(a))
d = {"k": a}
print("dict value:", sys.getrefcount(a))
del container
print("list deleted:", sys.getrefcount(a))

def peek(x):
    return sys.getrefcount(x)

print("inside call:", peek(a))
del b, d
print("back to:", sys.getrefcount(a))
s = "memory-lab-unique-string"
print(sys.getrefcount(s) >= 2)
t = (a, a)
print(sys.getrefcount(a), sys.getrefcount(t))
class K:
    pass
k = K()
print(sys.getrefcount(k), sys.getrefcount(K) > 2)
k.self = k
print(sys.getrefcount(k))
