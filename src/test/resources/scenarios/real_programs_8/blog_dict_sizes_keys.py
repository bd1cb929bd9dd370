import sys

d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(40):
    d[i] = i
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s
for i in range(35):
    del d[i]
print("after deletes:", sys.getsizeof(d), len(d))
print(sys.getsizeof(dict(d)), sys.getsizeof(d.copy()))
class A:
    pass
a1, a2 = A(), A()
a1.x = 1
a2.x = 2
print(sys.getsizeof(a1.__dict__), sys.getsizeof({"x": 1}))
keys = {k: None for k in "abcdefgh"}
print(sys.getsizeof(keys), sys.getsizeof(set(keys)), sys.getsizeof(list(keys)))
