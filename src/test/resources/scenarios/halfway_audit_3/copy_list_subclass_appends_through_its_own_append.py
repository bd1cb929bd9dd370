import copy, sys, gc

class Stack(list):
    def __init__(self, *a):
        print("init called")
        super().__init__(*a)

    def append(self, item):
        print("append", item)
        super().append(item)

inner = [2]
s = Stack([1, inner, 3])
gc.collect()
c = copy.copy(s)
print(type(c).__name__, c, c == s, c is s, c[1] is inner)
print(sys.getrefcount(s), sys.getrefcount(c), sys.getrefcount(inner))
print(gc.get_count())
d = copy.deepcopy(s)
print(type(d).__name__, d, d[1] is inner, d[1] == inner)
print(sys.getrefcount(d), sys.getrefcount(d[1]), sys.getrefcount(inner))
print(gc.get_count())
del c, d
print(gc.collect(), sys.getrefcount(inner))
