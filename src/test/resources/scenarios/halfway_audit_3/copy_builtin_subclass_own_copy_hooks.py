import copy, sys, gc

class Vec(list):
    def __copy__(self):
        print("__copy__", len(self))
        return Vec(self)

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Vec(copy.deepcopy(list(self), memo))

v = Vec([[1], [2]])
c = copy.copy(v)
d = copy.deepcopy(v)
print(type(c).__name__, c, c[0] is v[0], d[0] is v[0])
print(sys.getrefcount(v), sys.getrefcount(v[0]), sys.getrefcount(d[0]))

class Err(Exception):
    def __copy__(self):
        return self

e = Err("x")
print(copy.copy(e) is e, copy.deepcopy(e) is e)
print(gc.collect())
