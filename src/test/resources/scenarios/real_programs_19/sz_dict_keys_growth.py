# A dict's size stays the same until it needs to resize its table.
import sys

d = {}
last = sys.getsizeof(d)
print("empty:", last)
for i in range(100):
    d["k%d" % i] = i
    s = sys.getsizeof(d)
    if s != last:
        print("at %3d keys -> %d" % (len(d), s))
        last = s

print("deleting keys does not shrink:")
for i in range(90):
    del d["k%d" % i]
print(len(d), sys.getsizeof(d))
print("copy() is compact:", sys.getsizeof(d.copy()))
print("clear():", end=" ")
d.clear()
print(sys.getsizeof(d))
print("dict from fromkeys(range(5)):", sys.getsizeof(dict.fromkeys(range(5))))
